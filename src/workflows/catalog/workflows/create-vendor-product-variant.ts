import type { CreateProductVariantWorkflowInputDTO } from "@medusajs/framework/types"
import {
  batchInventoryItemLevelsWorkflow,
  createProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  resolveVariantStockLevelsStep,
  VariantStockLevel,
} from "../steps/resolve-variant-stock-levels"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const createVendorProductVariantWorkflowId =
  "create-vendor-product-variant"

export type CreateVendorProductVariantWorkflowInput = {
  seller_id: string
  product_id: string
  /** Medusa's variant shape without inventory item links; prices per currency. */
  variant: Omit<
    CreateProductVariantWorkflowInputDTO,
    "product_id" | "inventory_items"
  >
  /** Stock at the seller's own locations. */
  inventory_levels?: VariantStockLevel[]
}

/**
 * Adds a variant to one of the seller's products (Medusa's createProductVariantsWorkflow:
 * prices, inventory item) and stocks it at the seller's locations. Variants are commercial
 * data: they apply at once, also on a published product under manual approval.
 */
export const createVendorProductVariantWorkflow = createWorkflow(
  createVendorProductVariantWorkflowId,
  (input: WorkflowData<CreateVendorProductVariantWorkflowInput>) => {
    const product = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "product" as const,
      ids: [input.product_id],
    }))
    validateSellerOwnsStep(product).config({
      name: "validate-seller-owns-product",
    })
    const locations = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "stock_location" as const,
      ids: (input.inventory_levels ?? []).map((level) => level.location_id),
    }))
    validateSellerOwnsStep(locations).config({
      name: "validate-seller-owns-locations",
    })

    const variants = transform({ input }, ({ input }) => ({
      product_variants: [{ ...input.variant, product_id: input.product_id }],
    }))
    const created = createProductVariantsWorkflow.runAsStep({ input: variants })
    const variantId = transform({ created }, ({ created }) => created[0].id)

    when(
      "stock-new-variant",
      { input },
      ({ input }) => !!input.inventory_levels?.length
    ).then(() => {
      const levels = transform(
        { input },
        ({ input }) => input.inventory_levels ?? []
      )
      const batch = resolveVariantStockLevelsStep({
        variant_id: variantId,
        levels,
      })
      batchInventoryItemLevelsWorkflow.runAsStep({ input: batch })
    })
    return new WorkflowResponse(variantId)
  }
)
