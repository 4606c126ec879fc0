import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../../catalog/steps/validate-seller-owns"
import { validateOrderFulfillmentStep } from "../steps/validate-order-fulfillment"

export const markVendorFulfillmentDeliveredWorkflowId =
  "mark-vendor-fulfillment-delivered"

export type MarkVendorFulfillmentDeliveredWorkflowInput = {
  seller_id: string
  order_id: string
  fulfillment_id: string
  no_notification?: boolean
}

/**
 * Marks a fulfillment of one of the seller's orders delivered with Medusa's
 * markOrderFulfillmentAsDeliveredWorkflow (order items delivered, `delivery.created`).
 */
export const markVendorFulfillmentDeliveredWorkflow = createWorkflow(
  markVendorFulfillmentDeliveredWorkflowId,
  (input: WorkflowData<MarkVendorFulfillmentDeliveredWorkflowInput>) => {
    const order = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "order" as const,
      ids: [input.order_id],
    }))
    validateSellerOwnsStep(order)
    validateOrderFulfillmentStep({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
    })
    const delivery = transform({ input }, ({ input }) => ({
      orderId: input.order_id,
      fulfillmentId: input.fulfillment_id,
      no_notification: input.no_notification,
    }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivery })
    return new WorkflowResponse(input.fulfillment_id)
  }
)
