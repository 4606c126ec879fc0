import { batchInventoryItemLevelsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { resolveVariantInventoryItemStep } from "../steps/resolve-variant-inventory-item"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export type SetVariantStockWorkflowInput = {
  seller_id: string
  product_id: string
  variant_id: string
  location_id: string
  stocked_quantity: number
}

export const setVariantStockWorkflowId = "set-variant-stock"

/**
 * Sets the stocked quantity of one of the seller's variants at one of the seller's stock
 * locations (creates the inventory level the first time).
 */
export const setVariantStockWorkflow = createWorkflow(
  setVariantStockWorkflowId,
  (input: WorkflowData<SetVariantStockWorkflowInput>) => {
    const product = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "product" as const,
      ids: [input.product_id],
    }))
    validateSellerOwnsStep(product).config({
      name: "validate-seller-owns-product",
    })
    const location = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "stock_location" as const,
      ids: [input.location_id],
    }))
    validateSellerOwnsStep(location).config({
      name: "validate-seller-owns-location",
    })

    const item = resolveVariantInventoryItemStep({
      product_id: input.product_id,
      variant_id: input.variant_id,
      location_id: input.location_id,
    })
    const batch = transform({ input, item }, ({ input, item }) => {
      const level = {
        inventory_item_id: item.inventory_item_id,
        location_id: input.location_id,
        stocked_quantity: input.stocked_quantity,
      }
      return item.level_exists ? { update: [level] } : { create: [level] }
    })
    batchInventoryItemLevelsWorkflow.runAsStep({ input: batch })
    return new WorkflowResponse(item)
  }
)
