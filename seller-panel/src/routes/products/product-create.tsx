import {
  Button,
  Container,
  Heading,
  Input,
  Select,
  Text,
  Textarea,
} from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useFieldArray, useForm } from "react-hook-form"
import { Link, useNavigate } from "react-router-dom"
import type { UploadedFile } from "../../../../src/types/http"
import { queryKeys } from "../../lib/query-keys"
import { FormField, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { ImageUpload } from "./image-upload"

type Values = {
  title: string
  description: string
  option: string
  currency_code: string
  location_id: string
  variants: { value: string; amount: string; stock: string }[]
}

const FIELDS = [
  "title",
  "description",
  "option",
  "variants",
  "currency_code",
] as const

/**
 * A product with one option, a variant per option value, a price per variant, its stock at
 * one of the seller's locations, and uploaded pictures.
 */
export const ProductCreatePage = () => {
  const navigate = useNavigate()
  const client = useQueryClient()
  const [images, setImages] = useState<UploadedFile[]>([])
  const locations = useQuery({
    queryKey: queryKeys.list("stock-locations", { limit: 50 }),
    queryFn: () => vendor.stockLocations.list({ limit: 50 }),
  })
  const form = useForm<Values>({
    defaultValues: {
      title: "",
      description: "",
      option: "Size",
      currency_code: "eur",
      location_id: "",
      variants: [
        { value: "", amount: "", stock: "" },
        { value: "", amount: "", stock: "" },
      ],
    },
  })
  const variants = useFieldArray({ control: form.control, name: "variants" })
  const errors = form.formState.errors
  const firstLocation = locations.data?.stock_locations[0]?.id ?? ""

  const submit = form.handleSubmit(async (values) => {
    const locationId = values.location_id || firstLocation
    try {
      const { product } = await vendor.products.create({
        title: values.title,
        description: values.description || undefined,
        images: images.map(({ url }) => ({ url })),
        thumbnail: images[0]?.url,
        options: [
          { title: values.option, values: values.variants.map((v) => v.value) },
        ],
        variants: values.variants.map((variant) => ({
          title: variant.value,
          options: { [values.option]: variant.value },
          manage_inventory: true,
          prices: [
            {
              currency_code: values.currency_code,
              amount: Number(variant.amount),
            },
          ],
        })),
      })
      if (locationId) {
        for (const variant of values.variants) {
          const created = product.variants.find(
            (v) => v.title === variant.value
          )
          if (created && variant.stock) {
            await vendor.products.setInventory(product.id, created.id, {
              location_id: locationId,
              stocked_quantity: Number(variant.stock),
            })
          }
        }
      }
      await client.invalidateQueries({ queryKey: queryKeys.all("products") })
      navigate(`/products/${product.id}`)
    } catch (error) {
      showApiError(error, form.setError, [...FIELDS])
    }
  })

  return (
    <Container className="flex flex-col gap-6 p-6">
      <div>
        <Heading level="h1">Create product</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          New products are drafts until the marketplace publishes them.
        </Text>
      </div>
      <form onSubmit={submit} className="flex flex-col gap-6" noValidate>
        {errors.root?.api && (
          <Text
            className="text-ui-fg-error"
            role="alert"
            data-testid="form-error"
          >
            {errors.root.api.message}
          </Text>
        )}
        <div className="grid grid-cols-2 gap-4">
          <FormField id="title" label="Title" error={errors.title}>
            <Input
              id="title"
              {...form.register("title", {
                required: "Give the product a title",
              })}
            />
          </FormField>
          <FormField id="option" label="Option" error={errors.option}>
            <Input
              id="option"
              {...form.register("option", {
                required: "Name the option (e.g. Size)",
              })}
            />
          </FormField>
        </div>
        <FormField
          id="description"
          label="Description"
          optional="optional"
          error={errors.description}
        >
          <Textarea id="description" {...form.register("description")} />
        </FormField>
        <ImageUpload images={images} onChange={setImages} />
        <div className="grid grid-cols-2 gap-4">
          <FormField
            id="currency_code"
            label="Price currency"
            error={errors.currency_code}
          >
            <Input
              id="currency_code"
              maxLength={3}
              {...form.register("currency_code", {
                required: "A currency code, e.g. eur",
              })}
            />
          </FormField>
          <FormField id="location_id" label="Stock location">
            <Select
              value={form.watch("location_id") || firstLocation}
              onValueChange={(value) => form.setValue("location_id", value)}
            >
              <Select.Trigger id="location_id">
                <Select.Value
                  placeholder={locations.isPending ? "Loading…" : "No location"}
                />
              </Select.Trigger>
              <Select.Content>
                {locations.data?.stock_locations.map((location) => (
                  <Select.Item key={location.id} value={location.id}>
                    {location.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            {locations.data?.count === 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                No stock location yet:{" "}
                <Link to="/shipping" className="text-ui-fg-interactive">
                  add one
                </Link>
                .
              </Text>
            )}
          </FormField>
        </div>
        <fieldset className="flex flex-col gap-3">
          <legend className="txt-compact-small-plus mb-2">Variants</legend>
          {errors.variants?.message && (
            <Text
              size="small"
              className="text-ui-fg-error"
              data-testid="field-error-variants"
            >
              {errors.variants.message}
            </Text>
          )}
          {variants.fields.map((field, index) => (
            <div
              key={field.id}
              className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-3"
              data-testid={`variant-row-${index}`}
            >
              <FormField
                id={`variant-${index}-value`}
                label="Option value"
                error={errors.variants?.[index]?.value}
              >
                <Input
                  id={`variant-${index}-value`}
                  {...form.register(`variants.${index}.value`, {
                    required: "A value, e.g. M",
                  })}
                />
              </FormField>
              <FormField
                id={`variant-${index}-amount`}
                label="Price"
                error={errors.variants?.[index]?.amount}
              >
                <Input
                  id={`variant-${index}-amount`}
                  type="number"
                  min="0"
                  step="0.01"
                  {...form.register(`variants.${index}.amount`, {
                    required: "A price",
                  })}
                />
              </FormField>
              <FormField
                id={`variant-${index}-stock`}
                label="Stock"
                optional="optional"
              >
                <Input
                  id={`variant-${index}-stock`}
                  type="number"
                  min="0"
                  step="1"
                  {...form.register(`variants.${index}.stock`)}
                />
              </FormField>
              <Button
                type="button"
                variant="transparent"
                disabled={variants.fields.length === 1}
                onClick={() => variants.remove(index)}
              >
                Remove
              </Button>
            </div>
          ))}
          <Button
            type="button"
            variant="secondary"
            size="small"
            className="self-start"
            onClick={() =>
              variants.append({ value: "", amount: "", stock: "" })
            }
          >
            Add variant
          </Button>
        </fieldset>
        <div className="flex justify-end gap-2">
          <Button
            type="button"
            variant="secondary"
            onClick={() => navigate("/products")}
          >
            Cancel
          </Button>
          <Button type="submit" isLoading={form.formState.isSubmitting}>
            Create product
          </Button>
        </div>
      </form>
    </Container>
  )
}
