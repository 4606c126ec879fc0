import type { UpdateProductsWorkflowInputSelector } from "@medusajs/medusa/core-flows"
import type { VendorProductOptionChange } from "../steps/update-vendor-product-options"

/** What a seller may change on its product (the marketplace-owned fields left out). */
export type VendorProductChanges = Omit<
  UpdateProductsWorkflowInputSelector["update"],
  | "status"
  | "sales_channels"
  | "shipping_profile_id"
  | "option_ids"
  | "variants"
> & {
  status?: "draft"
  variants?: UpdateProductsWorkflowInputSelector["update"]["variants"]
  categories?: { id: string }[]
  tags?: { id: string }[]
  options?: VendorProductOptionChange[]
}

/**
 * Fields of a published product that wait for an admin when PRODUCT_APPROVAL=manual: how
 * the product is named, described, pictured and classified in the storefront. Everything
 * else (prices, stock, variants, dimensions, metadata) applies at once.
 */
export const REVIEWED_PRODUCT_FIELDS = [
  "title",
  "subtitle",
  "description",
  "handle",
  "thumbnail",
  "images",
  "categories",
  "options",
  "type_id",
  "collection_id",
  "tags",
] as const

export type ReviewedProductField = (typeof REVIEWED_PRODUCT_FIELDS)[number]

/**
 * Splits changes into those that apply now and those held for review. A reviewed scalar
 * equal to its current value is no change and is dropped.
 */
export function splitReviewedChanges(
  changes: VendorProductChanges,
  current: Record<string, unknown>
): { direct: VendorProductChanges; reviewed: Partial<VendorProductChanges> } {
  const direct: Record<string, unknown> = {}
  const reviewed: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) {
      continue
    }
    if (!(REVIEWED_PRODUCT_FIELDS as readonly string[]).includes(field)) {
      direct[field] = value
    } else if (typeof value === "object" && value !== null) {
      reviewed[field] = value
    } else if ((current[field] ?? null) !== value) {
      reviewed[field] = value
    }
  }
  return {
    direct: direct as VendorProductChanges,
    reviewed: reviewed as Partial<VendorProductChanges>,
  }
}
