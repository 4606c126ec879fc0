import { Button, Input, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorShippingOption } from "../../../../src/types/http"
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

type Values = { name: string; prices: PriceRow[] }

/**
 * Renames and reprices a shipping option (its location stays). The route replaces the
 * prices with the rows: a removed row's currency loses its price.
 */
export const ShippingOptionEditForm = ({
  option,
  onSaved,
}: {
  option: VendorShippingOption
  onSaved: () => void
}) => {
  const update = useVendorMutation(
    (body: Parameters<typeof vendor.shippingOptions.update>[1]) =>
      vendor.shippingOptions.update(option.id, body),
    ["shipping-options"]
  )
  const form = useForm<Values>({
    defaultValues: {
      name: option.name,
      prices: option.prices.length
        ? priceRowsOf(option.prices)
        : [emptyPriceRow("eur")],
    },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync({
        name: values.name,
        prices: pricesOfRows(values.prices),
      })
      toast.success(`${values.name} saved`)
      onSaved()
    } catch (error) {
      showPriceFormError(error, form.setError, ["name"])
    }
  })
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormField
        id="edit-option-name"
        label="Name"
        error={errors.name ?? apiError(errors)}
      >
        <Input
          id="edit-option-name"
          {...form.register("name", { required: "Name the option" })}
        />
      </FormField>
      <PriceRows form={form} idPrefix="edit-option" />
      <Button type="submit" className="self-start" isLoading={update.isPending}>
        Save option
      </Button>
    </form>
  )
}
