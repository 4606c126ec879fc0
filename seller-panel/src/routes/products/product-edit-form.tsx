import { Button, Input, Textarea, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorProduct } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { FormField, Section, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Values = { title: string; subtitle: string; description: string }
const FIELDS = ["title", "subtitle", "description"] as const

/**
 * Title, subtitle and description. Under manual approval an edit of a published product waits
 * for the marketplace (a `product_update` request); otherwise it applies at once.
 */
export const ProductEditForm = ({ product }: { product: VendorProduct }) => {
  const update = useVendorMutation(
    (values: Values) =>
      vendor.products.update(product.id, {
        title: values.title,
        subtitle: values.subtitle || null,
        description: values.description || null,
      }),
    ["products", "requests"]
  )
  const form = useForm<Values>({
    values: {
      title: product.title,
      subtitle: product.subtitle ?? "",
      description: product.description ?? "",
    },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      const { review } = await update.mutateAsync(values)
      toast.success(
        review ? "Changes sent to the marketplace for review" : "Saved"
      )
    } catch (error) {
      showApiError(error, form.setError, FIELDS)
    }
  })
  return (
    <Section title="Edit details">
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-y-4 px-6 py-4"
        data-testid="product-edit-form"
      >
        <div className="grid grid-cols-2 gap-4">
          <FormField
            id="product-title"
            label="Title"
            error={errors.title ?? apiError(errors)}
          >
            <Input
              id="product-title"
              {...form.register("title", { required: "Enter a title" })}
            />
          </FormField>
          <FormField
            id="product-subtitle"
            label="Subtitle"
            optional="optional"
            error={errors.subtitle}
          >
            <Input id="product-subtitle" {...form.register("subtitle")} />
          </FormField>
        </div>
        <FormField
          id="product-description"
          label="Description"
          optional="optional"
          error={errors.description}
        >
          <Textarea
            id="product-description"
            rows={4}
            {...form.register("description")}
          />
        </FormField>
        <Button
          type="submit"
          size="small"
          className="self-end"
          isLoading={update.isPending}
          disabled={!form.formState.isDirty}
        >
          Save details
        </Button>
      </form>
    </Section>
  )
}
