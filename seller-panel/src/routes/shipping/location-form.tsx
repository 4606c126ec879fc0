import { apiError } from "../../lib/api-error"
import { Button, Input, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorStockLocation } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { FormField, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Values = {
  name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
}

const FIELDS = [
  "name",
  "address_1",
  "city",
  "postal_code",
  "country_code",
] as const

const valuesOf = (location?: VendorStockLocation): Values => ({
  name: location?.name ?? "",
  address_1: location?.address?.address_1 ?? "",
  city: location?.address?.city ?? "",
  postal_code: location?.address?.postal_code ?? "",
  country_code: location?.address?.country_code ?? "",
})

/** Adds a stock location, or, given one, renames and re-addresses it. */
export const LocationForm = ({
  location,
  onSaved,
}: {
  location?: VendorStockLocation
  onSaved?: () => void
}) => {
  const save = useVendorMutation(
    (body: { name: string; address: Omit<Values, "name"> }) =>
      location
        ? vendor.stockLocations.update(location.id, body)
        : vendor.stockLocations.create(body),
    ["stock-locations", "shipping-options"]
  )
  const form = useForm<Values>({ defaultValues: valuesOf(location) })
  const id = (field: string) => `${location ? "edit-" : ""}location-${field}`
  const errors = form.formState.errors
  const submit = form.handleSubmit(async ({ name, ...address }) => {
    try {
      await save.mutateAsync({ name, address })
      toast.success(location ? `${name} saved` : `${name} added`)
      if (!location) form.reset()
      onSaved?.()
    } catch (error) {
      showApiError(error, form.setError, FIELDS)
    }
  })
  return (
    <form
      onSubmit={submit}
      className={
        location
          ? "flex flex-col gap-3"
          : "grid grid-cols-3 items-start gap-3 px-6 py-4"
      }
      noValidate
    >
      <FormField
        id={id("name")}
        label="Name"
        error={errors.name ?? apiError(errors)}
      >
        <Input
          id={id("name")}
          {...form.register("name", { required: "Name the location" })}
        />
      </FormField>
      <FormField id={id("address")} label="Address" error={errors.address_1}>
        <Input
          id={id("address")}
          {...form.register("address_1", {
            required: "Enter the street address",
          })}
        />
      </FormField>
      <FormField id={id("city")} label="City" error={errors.city}>
        <Input id={id("city")} {...form.register("city")} />
      </FormField>
      <FormField
        id={id("postal-code")}
        label="Postal code"
        error={errors.postal_code}
      >
        <Input id={id("postal-code")} {...form.register("postal_code")} />
      </FormField>
      <FormField
        id={id("country")}
        label="Country code"
        error={errors.country_code}
      >
        <Input
          id={id("country")}
          maxLength={2}
          placeholder="de"
          {...form.register("country_code", {
            required: "Two letters, e.g. de",
          })}
        />
      </FormField>
      <Button
        type="submit"
        className="mt-6 self-start"
        isLoading={save.isPending}
      >
        {location ? "Save location" : "Add location"}
      </Button>
    </form>
  )
}
