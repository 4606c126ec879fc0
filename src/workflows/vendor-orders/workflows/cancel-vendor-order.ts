import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../../catalog/steps/validate-seller-owns"

export type CancelVendorOrderWorkflowInput = {
  seller_id: string
  member_id: string
  order_id: string
}

export const cancelVendorOrderWorkflowId = "cancel-vendor-order"

/**
 * Cancels one of the seller's orders with Medusa's cancelOrderWorkflow: reservations are
 * released, payments canceled/refunded, `order.canceled` emitted (the customer is
 * notified by the `notify-customer-of-order-cancellation` subscriber).
 */
export const cancelVendorOrderWorkflow = createWorkflow(
  cancelVendorOrderWorkflowId,
  (input: WorkflowData<CancelVendorOrderWorkflowInput>) => {
    const order = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "order" as const,
      ids: [input.order_id],
    }))
    validateSellerOwnsStep(order)
    const cancel = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      canceled_by: input.member_id,
    }))
    cancelOrderWorkflow.runAsStep({ input: cancel })
    return new WorkflowResponse(input.order_id)
  }
)
