import { cancelOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../../catalog/steps/validate-seller-owns"
import { validateFulfillmentNotReturnedStep } from "../steps/validate-fulfillment-not-returned"
import { validateOrderFulfillmentStep } from "../steps/validate-order-fulfillment"

export const cancelVendorFulfillmentWorkflowId = "cancel-vendor-fulfillment"

export type CancelVendorFulfillmentWorkflowInput = {
  seller_id: string
  member_id: string
  order_id: string
  fulfillment_id: string
  no_notification?: boolean
}

/**
 * Cancels a fulfillment of one of the seller's orders that has not shipped, with Medusa's
 * cancelOrderFulfillmentWorkflow (units being returned excepted): its items are unfulfilled again, the stock goes back to
 * the location it left (the seller's) and is reserved for the order again;
 * `order.fulfillment_canceled` is emitted.
 */
export const cancelVendorFulfillmentWorkflow = createWorkflow(
  cancelVendorFulfillmentWorkflowId,
  (input: WorkflowData<CancelVendorFulfillmentWorkflowInput>) => {
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
    validateFulfillmentNotReturnedStep({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
    })
    const cancel = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
      canceled_by: input.member_id,
      no_notification: input.no_notification,
    }))
    cancelOrderFulfillmentWorkflow.runAsStep({ input: cancel })
    return new WorkflowResponse(input.fulfillment_id)
  }
)
