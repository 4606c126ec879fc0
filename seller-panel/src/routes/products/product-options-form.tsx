import { Button, Input, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorProduct } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { FormField, Section, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Option = VendorProduct["options"][number]
type Values = { title: string; values: string }
const FIELDS = ["title", "values"] as const

/** Comma-separated values as the form shows them, and back (blanks dropped). */
const joinValues = (option: Option) =>
  option.values.map(({ value }) => value).join(", ")
const splitValues = (text: string) =>
  text
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean)

/**
 * One option: rename it, add values or drop unused ones. The API checks the title and the
 * values (an empty title is its `400`, shown beside the field).
 */
const OptionForm = ({
  productId,
  option,
}: {
  productId: string
  option: Option
}) => {
  const update = useVendorMutation(
    (values: Values) =>
      vendor.products.update(productId, {
        options: [
          {
            id: option.id,
            title: values.title.trim(),
            values: splitValues(values.values),
          },
        ],
      }),
    ["products", "requests"]
  )
  const form = useForm<Values>({
    values: { title: option.title, values: joinValues(option) },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      const { review } = await update.mutateAsync(values)
      toast.success(
        review ? "Changes sent to the marketplace for review" : "Option saved"
      )
    } catch (error) {
      showApiError(error, form.setError, FIELDS)
    }
  })
  const idOf = (field: string) => `option-${option.id}-${field}`
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid grid-cols-[1fr_2fr_auto] items-start gap-4"
      data-testid="product-option-form"
    >
      <FormField
        id={idOf("title")}
        label="Option title"
        error={errors.title ?? apiError(errors)}
      >
        <Input id={idOf("title")} {...form.register("title")} />
      </FormField>
      <FormField
        id={idOf("values")}
        label="Values (comma-separated)"
        error={errors.values}
      >
        <Input id={idOf("values")} {...form.register("values")} />
      </FormField>
      <Button
        type="submit"
        size="small"
        variant="secondary"
        className="mt-7"
        isLoading={update.isPending}
        disabled={!form.formState.isDirty}
      >
        Save option
      </Button>
    </form>
  )
}

export const ProductOptionsForm = ({ product }: { product: VendorProduct }) => (
  <Section
    title="Options"
    description="Rename an option or change its values; variants keep the values they use"
  >
    <div className="flex flex-col gap-y-4 px-6 py-4">
      {product.options.map((option) => (
        <OptionForm key={option.id} productId={product.id} option={option} />
      ))}
    </div>
  </Section>
)
