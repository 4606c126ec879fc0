import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ProductReferences = {
  type_id?: string | null
  collection_id?: string | null
  categories?: { id: string }[]
  tags?: { id: string }[]
}

const REFERENCES = [
  {
    entity: "product_type",
    label: "Product type",
    ids: (refs: ProductReferences) => (refs.type_id ? [refs.type_id] : []),
  },
  {
    entity: "product_collection",
    label: "Product collection",
    ids: (refs: ProductReferences) =>
      refs.collection_id ? [refs.collection_id] : [],
  },
  {
    entity: "product_category",
    label: "Product category",
    ids: (refs: ProductReferences) => (refs.categories ?? []).map((c) => c.id),
  },
  {
    entity: "product_tag",
    label: "Product tag",
    ids: (refs: ProductReferences) => (refs.tags ?? []).map((t) => t.id),
  },
] as const

export const validateProductReferencesStepId = "validate-product-references"

/**
 * Sellers file products under the marketplace's existing categories, type, collection and
 * tags; an id that does not exist is a 400 naming it (Medusa would fail later, less clearly).
 */
export const validateProductReferencesStep = createStep(
  validateProductReferencesStepId,
  async (refs: ProductReferences, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    for (const reference of REFERENCES) {
      const ids = [...new Set(reference.ids(refs))]
      if (!ids.length) {
        continue
      }
      const { data } = await query.graph({
        entity: reference.entity,
        fields: ["id"],
        filters: { id: ids },
      })
      const found = new Set((data as { id: string }[]).map((row) => row.id))
      const missing = ids.find((id) => !found.has(id))
      if (missing) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${reference.label} with id: ${missing} does not exist`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
