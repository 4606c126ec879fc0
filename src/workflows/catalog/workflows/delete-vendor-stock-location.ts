import {
  deleteFulfillmentSetsWorkflow,
  deleteInventoryLevelsWorkflow,
  deleteShippingOptionsWorkflow,
  deleteStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { resolveStockLocationRemovalStep } from "../steps/resolve-stock-location-removal"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const deleteVendorStockLocationWorkflowId =
  "delete-vendor-stock-location"

export type DeleteVendorStockLocationWorkflowInput = {
  seller_id: string
  location_id: string
}

/**
 * Deletes one of the seller's stock locations that holds no reserved stock, with what was
 * created for it: its shipping options, its fulfillment set and service zone, its stock
 * levels (Medusa's workflows for each), then the location and its links.
 */
export const deleteVendorStockLocationWorkflow = createWorkflow(
  deleteVendorStockLocationWorkflowId,
  (input: WorkflowData<DeleteVendorStockLocationWorkflowInput>) => {
    const ownership = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "stock_location" as const,
      ids: [input.location_id],
    }))
    validateSellerOwnsStep(ownership)
    const removal = resolveStockLocationRemovalStep({
      location_id: input.location_id,
    })

    when(
      "delete-location-shipping-options",
      { removal },
      ({ removal }) => removal.shipping_option_ids.length > 0
    ).then(() => {
      const ids = transform({ removal }, ({ removal }) => ({
        ids: removal.shipping_option_ids,
      }))
      deleteShippingOptionsWorkflow.runAsStep({ input: ids })
    })
    when(
      "delete-location-fulfillment-sets",
      { removal },
      ({ removal }) => removal.fulfillment_set_ids.length > 0
    ).then(() => {
      const ids = transform({ removal }, ({ removal }) => ({
        ids: removal.fulfillment_set_ids,
      }))
      deleteFulfillmentSetsWorkflow.runAsStep({ input: ids })
    })
    when(
      "delete-location-stock-levels",
      { removal },
      ({ removal }) => removal.inventory_level_ids.length > 0
    ).then(() => {
      const levels = transform({ input }, ({ input }) => ({
        location_id: input.location_id,
        force: true,
      }))
      deleteInventoryLevelsWorkflow.runAsStep({ input: levels })
    })
    const ids = transform({ input }, ({ input }) => ({
      ids: [input.location_id],
    }))
    deleteStockLocationsWorkflow.runAsStep({ input: ids })
    return new WorkflowResponse(input.location_id)
  }
)
