import { apiError } from "../../lib/api-error"
import { Button, Input, Select, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorStockLocation } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { FormField, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Values = {
  name: string
  stock_location_id: string
  currency_code: string
  amount: string
}

export const ShippingOptionForm = ({
  locations,
}: {
  locations: VendorStockLocation[]
}) => {
  const create = useVendorMutation(vendor.shippingOptions.create, [
    "shipping-options",
  ])
  const form = useForm<Values>({
    defaultValues: {
      name: "",
      stock_location_id: "",
      currency_code: "eur",
      amount: "",
    },
  })
  const errors = form.formState.errors
  const locationId = form.watch("stock_location_id") || locations[0]?.id || ""
  const submit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync({
        name: values.name,
        stock_location_id: locationId,
        prices: [
          {
            currency_code: values.currency_code,
            amount: Number(values.amount),
          },
        ],
      })
      form.reset()
      toast.success(`${values.name} added`)
    } catch (error) {
      showApiError(error, form.setError, [
        "name",
        "stock_location_id",
        "amount",
      ])
    }
  })
  return (
    <form
      onSubmit={submit}
      className="grid grid-cols-[2fr_2fr_1fr_1fr_auto] items-start gap-3 px-6 py-4"
      noValidate
    >
      <FormField
        id="option-name"
        label="Name"
        error={errors.name ?? apiError(errors)}
      >
        <Input
          id="option-name"
          {...form.register("name", { required: "Name the option" })}
        />
      </FormField>
      <FormField
        id="option-location"
        label="Ships from"
        error={errors.stock_location_id}
      >
        <Select
          value={locationId}
          onValueChange={(value) => form.setValue("stock_location_id", value)}
        >
          <Select.Trigger id="option-location">
            <Select.Value placeholder="No location" />
          </Select.Trigger>
          <Select.Content>
            {locations.map((location) => (
              <Select.Item key={location.id} value={location.id}>
                {location.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="option-currency" label="Currency">
        <Input
          id="option-currency"
          maxLength={3}
          {...form.register("currency_code", { required: true })}
        />
      </FormField>
      <FormField id="option-amount" label="Price" error={errors.amount}>
        <Input
          id="option-amount"
          type="number"
          min="0"
          step="0.01"
          {...form.register("amount", { required: "A price" })}
        />
      </FormField>
      <Button
        type="submit"
        className="mt-6"
        disabled={!locations.length}
        isLoading={create.isPending}
      >
        Add
      </Button>
    </form>
  )
}
