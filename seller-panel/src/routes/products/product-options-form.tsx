import { Button, Input, toast, usePrompt } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorProduct } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { errorMessage } from "../../components/states"
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
 * One option: rename it, add values or drop unused ones, or remove it from the product. The
 * API checks the title and the values (an empty title is its `400`, shown beside the field)
 * and refuses to remove an option a variant uses (its message shows under the title).
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
  const remove = useVendorMutation(
    () => vendor.products.removeOption(productId, option.id),
    ["products"]
  )
  const prompt = usePrompt()
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
  const removeOption = async () => {
    const confirmed = await prompt({
      title: `Remove ${option.title}?`,
      description: `The product no longer offers a choice of ${option.title.toLowerCase()}.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(undefined)
      toast.success(`${option.title} removed`)
    } catch (error) {
      form.setError("root.api", { type: "api", message: errorMessage(error) })
    }
  }
  const idOf = (field: string) => `option-${option.id}-${field}`
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid grid-cols-[1fr_2fr_auto_auto] items-start gap-4"
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
      <Button
        type="button"
        size="small"
        variant="transparent"
        className="mt-7"
        aria-label={`Remove ${option.title}`}
        isLoading={remove.isPending}
        onClick={removeOption}
      >
        Remove
      </Button>
    </form>
  )
}

/** A new option with its values; existing variants get no value for it until edited. */
const AddOptionForm = ({ productId }: { productId: string }) => {
  const create = useVendorMutation(
    (values: Values) =>
      vendor.products.createOption(productId, {
        title: values.title.trim(),
        values: splitValues(values.values),
      }),
    ["products"]
  )
  const form = useForm<Values>({ defaultValues: { title: "", values: "" } })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync(values)
      form.reset()
      toast.success(`${values.title.trim()} added`)
    } catch (error) {
      showApiError(error, form.setError, FIELDS)
    }
  })
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid grid-cols-[1fr_2fr_auto] items-start gap-4"
      data-testid="product-option-add-form"
    >
      <FormField
        id="new-option-title"
        label="New option"
        error={errors.title ?? apiError(errors)}
      >
        <Input
          id="new-option-title"
          placeholder="Material"
          {...form.register("title", { required: "Name the option" })}
        />
      </FormField>
      <FormField
        id="new-option-values"
        label="Its values (comma-separated)"
        error={errors.values}
      >
        <Input
          id="new-option-values"
          placeholder="Cotton, Linen"
          {...form.register("values", {
            validate: (text) =>
              splitValues(text).length > 0 || "Give at least one value",
          })}
        />
      </FormField>
      <Button
        type="submit"
        size="small"
        variant="secondary"
        className="mt-7"
        isLoading={create.isPending}
      >
        Add option
      </Button>
    </form>
  )
}

export const ProductOptionsForm = ({ product }: { product: VendorProduct }) => (
  <Section
    title="Options"
    description="Rename an option or change its values (variants keep the values they use), add one, or remove one no variant uses"
    testId="product-options"
  >
    <div className="flex flex-col gap-y-4 px-6 py-4">
      {product.options.map((option) => (
        <OptionForm key={option.id} productId={product.id} option={option} />
      ))}
    </div>
    <div className="px-6 py-4">
      <AddOptionForm productId={product.id} />
    </div>
  </Section>
)
