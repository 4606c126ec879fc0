import { apiError } from "../../lib/api-error"
import { Button, Input, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
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

export const LocationForm = () => {
  const create = useVendorMutation(vendor.stockLocations.create, [
    "stock-locations",
  ])
  const form = useForm<Values>({
    defaultValues: {
      name: "",
      address_1: "",
      city: "",
      postal_code: "",
      country_code: "",
    },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async ({ name, ...address }) => {
    try {
      await create.mutateAsync({ name, address })
      form.reset()
      toast.success(`${name} added`)
    } catch (error) {
      showApiError(error, form.setError, [
        "name",
        "address_1",
        "city",
        "postal_code",
        "country_code",
      ])
    }
  })
  return (
    <form
      onSubmit={submit}
      className="grid grid-cols-3 items-start gap-3 px-6 py-4"
      noValidate
    >
      <FormField
        id="location-name"
        label="Name"
        error={errors.name ?? apiError(errors)}
      >
        <Input
          id="location-name"
          {...form.register("name", { required: "Name the location" })}
        />
      </FormField>
      <FormField id="location-address" label="Address" error={errors.address_1}>
        <Input
          id="location-address"
          {...form.register("address_1", {
            required: "Enter the street address",
          })}
        />
      </FormField>
      <FormField id="location-city" label="City" error={errors.city}>
        <Input id="location-city" {...form.register("city")} />
      </FormField>
      <FormField
        id="location-postal-code"
        label="Postal code"
        error={errors.postal_code}
      >
        <Input id="location-postal-code" {...form.register("postal_code")} />
      </FormField>
      <FormField
        id="location-country"
        label="Country code"
        error={errors.country_code}
      >
        <Input
          id="location-country"
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
        isLoading={create.isPending}
      >
        Add location
      </Button>
    </form>
  )
}
