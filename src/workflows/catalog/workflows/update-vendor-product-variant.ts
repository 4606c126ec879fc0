import type { UpdateProductVariantDTO } from "@medusajs/framework/types"
import {
  batchInventoryItemLevelsWorkflow,
  updateProductVariantsWorkflow,
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
import { validateProductVariantStep } from "../steps/validate-product-variant"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const updateVendorProductVariantWorkflowId =
  "update-vendor-product-variant"

export type UpdateVendorProductVariantWorkflowInput = {
  seller_id: string
  product_id: string
  variant_id: string
  /** Prices given replace the variant's prices. */
  update: Omit<UpdateProductVariantDTO, "id"> & {
    prices?: { currency_code: string; amount: number }[]
  }
  /** Stock at the seller's own locations; other locations keep theirs. */
  inventory_levels?: VariantStockLevel[]
}

/**
 * Updates a variant of one of the seller's products (Medusa's updateProductVariantsWorkflow)
 * and sets its stock per location. Prices and stock apply at once, whatever the approval mode.
 */
export const updateVendorProductVariantWorkflow = createWorkflow(
  updateVendorProductVariantWorkflowId,
  (input: WorkflowData<UpdateVendorProductVariantWorkflowInput>) => {
    const product = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "product" as const,
      ids: [input.product_id],
    }))
    validateSellerOwnsStep(product).config({
      name: "validate-seller-owns-product",
    })
    validateProductVariantStep({
      product_id: input.product_id,
      variant_id: input.variant_id,
    })
    const locations = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "stock_location" as const,
      ids: (input.inventory_levels ?? []).map((level) => level.location_id),
    }))
    validateSellerOwnsStep(locations).config({
      name: "validate-seller-owns-locations",
    })

    when("update-variant-fields", { input }, ({ input }) =>
      Object.values(input.update).some((value) => value !== undefined)
    ).then(() => {
      const update = transform({ input }, ({ input }) => ({
        selector: { id: input.variant_id, product_id: input.product_id },
        update: input.update,
      }))
      updateProductVariantsWorkflow.runAsStep({ input: update })
    })
    when(
      "set-variant-stock-levels",
      { input },
      ({ input }) => !!input.inventory_levels?.length
    ).then(() => {
      const levels = transform(
        { input },
        ({ input }) => input.inventory_levels ?? []
      )
      const batch = resolveVariantStockLevelsStep({
        variant_id: input.variant_id,
        levels,
      })
      batchInventoryItemLevelsWorkflow.runAsStep({ input: batch })
    })
    return new WorkflowResponse(input.variant_id)
  }
)
