import { Button, Input, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorShippingOption } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { FormField, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Values = { name: string; currency_code: string; amount: string }

/**
 * Renames and reprices a shipping option (its location stays). The route replaces the
 * prices: the other currencies' prices are sent back unchanged.
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
  const first = option.prices[0]
  const form = useForm<Values>({
    defaultValues: {
      name: option.name,
      currency_code: first?.currency_code ?? "eur",
      amount: first ? String(first.amount) : "",
    },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    const currency = values.currency_code.toLowerCase()
    try {
      await update.mutateAsync({
        name: values.name,
        prices: [
          ...option.prices
            .filter((price) => price.currency_code !== currency)
            .map(({ currency_code, amount }) => ({
              currency_code,
              amount: Number(amount),
            })),
          { currency_code: currency, amount: Number(values.amount) },
        ],
      })
      toast.success(`${values.name} saved`)
      onSaved()
    } catch (error) {
      showApiError(error, form.setError, ["name", "currency_code", "amount"])
    }
  })
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
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
      <FormField
        id="edit-option-currency"
        label="Currency"
        error={errors.currency_code}
      >
        <Input
          id="edit-option-currency"
          maxLength={3}
          {...form.register("currency_code", {
            required: "Three letters, e.g. eur",
          })}
        />
      </FormField>
      <FormField id="edit-option-amount" label="Price" error={errors.amount}>
        <Input
          id="edit-option-amount"
          type="number"
          min="0"
          step="0.01"
          {...form.register("amount", { required: "A price" })}
        />
      </FormField>
      <Button type="submit" className="self-start" isLoading={update.isPending}>
        Save option
      </Button>
    </form>
  )
}
