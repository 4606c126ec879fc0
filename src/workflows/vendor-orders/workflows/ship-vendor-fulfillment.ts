import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../../catalog/steps/validate-seller-owns"
import { resolveShipmentItemsStep } from "../steps/resolve-shipment-items"

export type ShipVendorFulfillmentWorkflowInput = {
  seller_id: string
  member_id: string
  order_id: string
  fulfillment_id: string
  items?: { id: string; quantity: number }[]
  labels?: {
    tracking_number: string
    tracking_url: string
    label_url: string
  }[]
  no_notification?: boolean
}

export const shipVendorFulfillmentWorkflowId = "ship-vendor-fulfillment"

/** Marks a fulfillment of one of the seller's orders shipped (Medusa's createOrderShipmentWorkflow). */
export const shipVendorFulfillmentWorkflow = createWorkflow(
  shipVendorFulfillmentWorkflowId,
  (input: WorkflowData<ShipVendorFulfillmentWorkflowInput>) => {
    const order = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "order" as const,
      ids: [input.order_id],
    }))
    validateSellerOwnsStep(order)
    const items = resolveShipmentItemsStep({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
      items: input.items,
    })
    const shipment = transform({ input, items }, ({ input, items }) => ({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
      items,
      labels: input.labels ?? [],
      created_by: input.member_id,
      no_notification: input.no_notification,
    }))
    createOrderShipmentWorkflow.runAsStep({ input: shipment })
    return new WorkflowResponse(input.fulfillment_id)
  }
)
