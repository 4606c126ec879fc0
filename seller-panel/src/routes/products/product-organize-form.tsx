import { Button, Hint, toast } from "@medusajs/ui"
import { Controller, useForm } from "react-hook-form"
import type { VendorProduct } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { Section, showApiError } from "../../lib/shared"
import { type ListQuery, vendor } from "../../lib/vendor-client"
import { type Choice, ReferencePicker } from "./reference-picker"

type Values = { categories: Choice[]; type: Choice[]; tags: Choice[] }
const FIELDS = ["categories", "type", "tags"] as const

const loadCategories = async (query?: ListQuery) => {
  const page = await vendor.references.categories(query)
  return {
    choices: page.product_categories.map((c) => ({ id: c.id, label: c.name })),
    count: page.count,
  }
}
const loadTypes = async (query?: ListQuery) => {
  const page = await vendor.references.types(query)
  return {
    choices: page.product_types.map((t) => ({ id: t.id, label: t.value })),
    count: page.count,
  }
}
const loadTags = async (query?: ListQuery) => {
  const page = await vendor.references.tags(query)
  return {
    choices: page.product_tags.map((t) => ({ id: t.id, label: t.value })),
    count: page.count,
  }
}

/** Categories, type and tags, chosen from the marketplace's own (new ones are suggested as requests). */
export const ProductOrganizeForm = ({
  product,
}: {
  product: VendorProduct
}) => {
  const update = useVendorMutation(
    (values: Values) =>
      vendor.products.update(product.id, {
        categories: values.categories.map(({ id }) => ({ id })),
        type_id: values.type[0]?.id ?? null,
        tags: values.tags.map(({ id }) => ({ id })),
      }),
    ["products", "requests"]
  )
  const form = useForm<Values>({
    values: {
      categories: product.categories.map((c) => ({ id: c.id, label: c.name })),
      type: product.type
        ? [{ id: product.type.id, label: product.type.value }]
        : [],
      tags: product.tags.map((t) => ({ id: t.id, label: t.value })),
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
  const pickers = [
    {
      name: "categories",
      label: "Categories",
      resource: "product-categories",
      load: loadCategories,
      multiple: true,
    },
    {
      name: "type",
      label: "Type",
      resource: "product-types",
      load: loadTypes,
      multiple: false,
    },
    {
      name: "tags",
      label: "Tags",
      resource: "product-tags",
      load: loadTags,
      multiple: true,
    },
  ] as const
  return (
    <Section
      title="Organize"
      description="The marketplace's categories, type and tags (suggest new ones on the Requests page)"
    >
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-y-4 px-6 py-4"
        data-testid="product-organize-form"
      >
        <div className="grid grid-cols-3 gap-6">
          {pickers.map((picker) => (
            <Controller
              key={picker.name}
              control={form.control}
              name={picker.name}
              render={({ field }) => (
                <ReferencePicker
                  id={`product-${picker.name}`}
                  label={picker.label}
                  resource={picker.resource}
                  load={picker.load}
                  multiple={picker.multiple}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors[picker.name]}
                />
              )}
            />
          ))}
        </div>
        {apiError(errors)?.message && (
          <Hint variant="error" data-testid="field-error-product-organize">
            {apiError(errors)?.message}
          </Hint>
        )}
        <Button
          type="submit"
          size="small"
          className="self-end"
          isLoading={update.isPending}
          disabled={!form.formState.isDirty}
        >
          Save organization
        </Button>
      </form>
    </Section>
  )
}
