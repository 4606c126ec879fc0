import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Hint, Input, Textarea, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FormField } from "../../../../components/form-field"
import { useUpdateSeller } from "../../../../hooks/sellers"
import { showApiError } from "../../../../lib/api-errors"
import type { Seller } from "../../../../lib/types"

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
type FieldName = (typeof FIELDS)[number]

const schema = z.object({
  name: z.string().trim().min(1),
  email: z.string().trim().email(),
  description: z.string(),
  phone: z.string(),
  address_line_1: z.string(),
  address_line_2: z.string(),
  city: z.string(),
  postal_code: z.string(),
  province: z.string(),
  country_code: z
    .string()
    .trim()
    .regex(/^([a-zA-Z]{2})?$/),
  tax_id: z.string(),
})
type Values = z.infer<typeof schema>

const valuesOf = (seller: Seller) =>
  Object.fromEntries(
    FIELDS.map((field) => [field, seller[field] ?? ""])
  ) as Values

/** The admin edits a seller's profile; empty optional fields are cleared. Mounted when opened. */
export const EditSellerDrawer = ({
  seller,
  open,
  onOpenChange,
}: {
  seller: Seller
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(seller),
  })
  const update = useUpdateSeller(seller.id)
  const { errors } = form.formState

  const submit = form.handleSubmit(async (values) => {
    const body = Object.fromEntries(
      FIELDS.map((field) => [
        field,
        values[field].trim() === "" && field !== "name" && field !== "email"
          ? null
          : values[field].trim(),
      ])
    )
    try {
      await update.mutateAsync(body)
      toast.success(t("marketplace.sellers.updated"))
      onOpenChange(false)
    } catch (error) {
      showApiError(error, form.setError, FIELDS)
    }
  })

  const text = (field: FieldName, label: string) => (
    <FormField id={field} label={label} error={errors[field]}>
      <Input id={field} {...form.register(field)} />
    </FormField>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form
          onSubmit={submit}
          className="flex flex-1 flex-col overflow-hidden"
          noValidate
        >
          <Drawer.Header>
            <Drawer.Title>{t("marketplace.sellers.editTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {text("name", t("marketplace.fields.name"))}
            {text("email", t("marketplace.fields.email"))}
            <FormField
              id="description"
              label={t("marketplace.sellers.description")}
              error={errors.description}
            >
              <Textarea id="description" {...form.register("description")} />
            </FormField>
            {text("phone", t("marketplace.sellers.phone"))}
            {text("address_line_1", t("marketplace.sellers.addressLine1"))}
            {text("address_line_2", t("marketplace.sellers.addressLine2"))}
            <div className="grid grid-cols-2 gap-4">
              {text("postal_code", t("marketplace.sellers.postalCode"))}
              {text("city", t("marketplace.sellers.city"))}
              {text("province", t("marketplace.sellers.province"))}
              {text("country_code", t("marketplace.sellers.countryCode"))}
            </div>
            {text("tax_id", t("marketplace.sellers.taxId"))}
            {errors.root?.api && (
              <Hint variant="error">{errors.root.api.message}</Hint>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("marketplace.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={update.isPending}>
              {t("marketplace.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
