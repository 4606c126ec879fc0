import { Button, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { Controller, useForm, type FieldError } from "react-hook-form"
import type { VendorProduct } from "../../../../src/types/http"
import {
  emptyPriceRow,
  PriceRows,
  priceRowsOf,
  pricesOfRows,
  showPriceFormError,
  type PriceRow,
} from "../../components/price-rows"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { FormField } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Variant = VendorProduct["variants"][number]

type Values = {
  title: string
  sku: string
  /** The chosen value per option, by option id. */
  options: Record<string, string>
  manage_inventory: boolean
  prices: PriceRow[]
}

const FIELDS = ["title", "sku", "options", "manage_inventory"] as const

/**
 * Adds a variant (title, SKU, a value for each option, prices per currency, whether its
 * stock is managed) or edits one (title, SKU, prices: the rows replace the variant's
 * prices). The API's validation messages show beside the field they name.
 */
export const VariantForm = ({
  product,
  variant,
  onSaved,
}: {
  product: VendorProduct
  variant?: Variant
  onSaved: () => void
}) => {
  const save = useVendorMutation(
    (values: Values) =>
      variant
        ? vendor.products.updateVariant(product.id, variant.id, {
            title: values.title,
            sku: values.sku || null,
            prices: pricesOfRows(values.prices),
          })
        : vendor.products.createVariant(product.id, {
            title: values.title,
            sku: values.sku || undefined,
            manage_inventory: values.manage_inventory,
            options: Object.fromEntries(
              product.options.map((option) => [
                option.title,
                values.options[option.id],
              ])
            ),
            prices: pricesOfRows(values.prices),
          }),
    ["products", "inventory"]
  )
  const form = useForm<Values>({
    defaultValues: {
      title: variant?.title ?? "",
      sku: variant?.sku ?? "",
      options: {},
      manage_inventory: true,
      prices: variant?.prices.length
        ? priceRowsOf(variant.prices)
        : [emptyPriceRow("eur")],
    },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values)
      toast.success(variant ? `${values.title} saved` : `${values.title} added`)
      onSaved()
    } catch (error) {
      showPriceFormError(error, form.setError, FIELDS)
    }
  })
  const optionsError = errors.options as FieldError | undefined
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-4"
      noValidate
      data-testid="variant-form"
    >
      <FormField
        id="variant-title"
        label="Title"
        error={errors.title ?? apiError(errors)}
      >
        <Input
          id="variant-title"
          {...form.register("title", { required: "Give the variant a title" })}
        />
      </FormField>
      <FormField
        id="variant-sku"
        label="SKU"
        optional="optional"
        error={errors.sku}
      >
        <Input id="variant-sku" {...form.register("sku")} />
      </FormField>
      {!variant &&
        product.options.map((option) => (
          <FormField
            key={option.id}
            id={`variant-option-${option.id}`}
            label={option.title}
            error={errors.options?.[option.id]}
          >
            <Controller
              control={form.control}
              name={`options.${option.id}`}
              rules={{ required: `Choose a ${option.title.toLowerCase()}` }}
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <Select.Trigger id={`variant-option-${option.id}`}>
                    <Select.Value placeholder={`Choose a value`} />
                  </Select.Trigger>
                  <Select.Content>
                    {option.values.map((value) => (
                      <Select.Item key={value.id} value={value.value}>
                        {value.value}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              )}
            />
          </FormField>
        ))}
      {optionsError?.message && (
        <Text
          size="small"
          className="text-ui-fg-error"
          data-testid="field-error-variant-options"
        >
          {optionsError.message}
        </Text>
      )}
      {!variant && (
        <div className="flex items-start gap-3">
          <Controller
            control={form.control}
            name="manage_inventory"
            render={({ field }) => (
              <Switch
                id="variant-manage-inventory"
                checked={field.value}
                onCheckedChange={field.onChange}
              />
            )}
          />
          <div>
            <Label
              htmlFor="variant-manage-inventory"
              size="small"
              weight="plus"
            >
              Manage inventory
            </Label>
            <Text size="small" className="text-ui-fg-subtle">
              Track its stock per location; orders reserve it.
            </Text>
          </div>
        </div>
      )}
      <PriceRows form={form} idPrefix="variant" />
      <Button type="submit" className="self-start" isLoading={save.isPending}>
        {variant ? "Save variant" : "Add variant"}
      </Button>
    </form>
  )
}
