import type { UpdateStockLocationInput } from "@medusajs/framework/types"
import { updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const updateVendorStockLocationWorkflowId = "update-vendor-stock-location"

export type UpdateVendorStockLocationWorkflowInput = {
  seller_id: string
  location_id: string
  update: Pick<UpdateStockLocationInput, "name" | "address" | "metadata">
}

/** Renames or re-addresses one of the seller's stock locations (Medusa's updateStockLocationsWorkflow). */
export const updateVendorStockLocationWorkflow = createWorkflow(
  updateVendorStockLocationWorkflowId,
  (input: WorkflowData<UpdateVendorStockLocationWorkflowInput>) => {
    const ownership = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "stock_location" as const,
      ids: [input.location_id],
    }))
    validateSellerOwnsStep(ownership)
    const update = transform({ input }, ({ input }) => ({ selector: { id: input.location_id }, update: input.update }))
    updateStockLocationsWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(input.location_id)
  }
)
