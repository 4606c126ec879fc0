import type { UpdateStockLocationInput } from "@medusajs/framework/types"
import { updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setStockLocationAddressStep } from "../steps/set-stock-location-address"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const updateVendorStockLocationWorkflowId =
  "update-vendor-stock-location"

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
    when(
      "set-location-address",
      { input },
      ({ input }) => !!input.update.address
    ).then(() => {
      const address = transform({ input }, ({ input }) => ({
        location_id: input.location_id,
        address: input.update.address as NonNullable<
          typeof input.update.address
        >,
      }))
      setStockLocationAddressStep(address)
    })
    const fields = transform({ input }, ({ input }) => {
      const { address: _address, ...update } = input.update
      return {
        selector: { id: input.location_id },
        update,
        changes: Object.values(update).some((value) => value !== undefined),
      }
    })
    when(
      "update-location-fields",
      { fields },
      ({ fields }) => fields.changes
    ).then(() => {
      const update = transform({ fields }, ({ fields }) => ({
        selector: fields.selector,
        update: fields.update,
      }))
      updateStockLocationsWorkflow.runAsStep({ input: update })
    })
    return new WorkflowResponse(input.location_id)
  }
)
