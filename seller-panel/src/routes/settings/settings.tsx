import {
  Avatar,
  Button,
  Input,
  Label,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useIsManager } from "../../components/layout/shell"
import { errorMessage, PageHeader } from "../../components/states"
import { useMe, useUpdateSeller, type Me } from "../../hooks/api/seller"
import { FormField, Section, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

const FIELDS = [
  "name",
  "email",
  "description",
  "phone",
  "address_line_1",
  "address_line_2",
  "city",
  "postal_code",
  "province",
  "country_code",
  "tax_id",
] as const
type Values = Record<(typeof FIELDS)[number], string>
const LABELS: Record<(typeof FIELDS)[number], string> = {
  name: "Shop name",
  email: "Contact email",
  description: "Description",
  phone: "Phone",
  address_line_1: "Address",
  address_line_2: "Address line 2",
  city: "City",
  postal_code: "Postal code",
  province: "Province",
  country_code: "Country code",
  tax_id: "Tax id",
}

const Logo = ({ seller, disabled }: { seller: Me; disabled: boolean }) => {
  const update = useUpdateSeller()
  return (
    <div className="flex items-center gap-4 px-6 py-4">
      <Avatar
        variant="squared"
        size="large"
        src={seller.logo_url ?? undefined}
        fallback={seller.name.charAt(0).toUpperCase()}
      />
      <div className="flex flex-col gap-1">
        <Label htmlFor="logo" size="small" weight="plus">
          Logo
        </Label>
        <input
          id="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          disabled={disabled}
          className="txt-small"
          onChange={async (event) => {
            const file = event.target.files?.[0]
            if (!file) return
            try {
              const { files } = await vendor.uploads.create([file])
              await update.mutateAsync({ logo_file_id: files[0].id })
              toast.success("Logo updated")
            } catch (error) {
              toast.error(errorMessage(error))
            }
          }}
        />
      </div>
    </div>
  )
}

const ProfileForm = ({
  seller,
  disabled,
}: {
  seller: Me
  disabled: boolean
}) => {
  const update = useUpdateSeller()
  const form = useForm<Values>({
    defaultValues: Object.fromEntries(
      FIELDS.map((field) => [field, seller[field] ?? ""])
    ) as Values,
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      const body = Object.fromEntries(
        Object.entries(values).map(([key, value]) => [
          key,
          value === "" ? null : value,
        ])
      )
      await update.mutateAsync({
        ...body,
        name: values.name,
        email: values.email,
      })
      toast.success("Profile saved")
    } catch (error) {
      showApiError(error, form.setError, [...FIELDS])
    }
  })
  return (
    <form
      onSubmit={submit}
      className="grid grid-cols-2 gap-4 px-6 py-4"
      noValidate
    >
      {errors.root?.api && (
        <Text className="text-ui-fg-error col-span-2" role="alert">
          {errors.root.api.message}
        </Text>
      )}
      {FIELDS.map((field) => (
        <div
          key={field}
          className={field === "description" ? "col-span-2" : undefined}
        >
          <FormField id={field} label={LABELS[field]} error={errors[field]}>
            {field === "description" ? (
              <Textarea
                id={field}
                disabled={disabled}
                {...form.register(field)}
              />
            ) : (
              <Input id={field} disabled={disabled} {...form.register(field)} />
            )}
          </FormField>
        </div>
      ))}
      {!disabled && (
        <Button
          type="submit"
          className="col-span-2 justify-self-end"
          isLoading={update.isPending}
        >
          Save
        </Button>
      )}
    </form>
  )
}

export const SettingsPage = () => {
  const { data: seller } = useMe()
  const manager = useIsManager()
  if (!seller) return null
  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title="Store settings"
        description={
          manager
            ? "Your shop's public profile and contact details"
            : "Only owners and admins change the profile"
        }
      />
      <Section title="Logo">
        <Logo seller={seller} disabled={!manager} />
      </Section>
      <Section title="Profile, contact and address" testId="settings-profile">
        <ProfileForm seller={seller} disabled={!manager} />
      </Section>
    </div>
  )
}
