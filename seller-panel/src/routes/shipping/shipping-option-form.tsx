import { Button, Input, Select, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorStockLocation } from "../../../../src/types/http"
import {
  emptyPriceRow,
  PriceRows,
  pricesOfRows,
  showPriceFormError,
  type PriceRow,
} from "../../components/price-rows"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { FormField } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Values = {
  name: string
  stock_location_id: string
  prices: PriceRow[]
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
      prices: [emptyPriceRow("eur")],
    },
  })
  const errors = form.formState.errors
  const locationId = form.watch("stock_location_id") || locations[0]?.id || ""
  const submit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync({
        name: values.name,
        stock_location_id: locationId,
        prices: pricesOfRows(values.prices),
      })
      form.reset()
      toast.success(`${values.name} added`)
    } catch (error) {
      showPriceFormError(error, form.setError, ["name", "stock_location_id"])
    }
  })
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-4 px-6 py-4"
      noValidate
    >
      <div className="grid grid-cols-2 items-start gap-3">
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
      </div>
      <PriceRows form={form} idPrefix="option" />
      <Button
        type="submit"
        className="self-end"
        disabled={!locations.length}
        isLoading={create.isPending}
      >
        Add
      </Button>
    </form>
  )
}
