import { completeOrderWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../../catalog/steps/validate-seller-owns"
import { validateOrderCompletableStep } from "../steps/validate-order-completable"

export const completeVendorOrderWorkflowId = "complete-vendor-order"

export type CompleteVendorOrderWorkflowInput = {
  seller_id: string
  order_id: string
}

/** Completes one of the seller's orders with Medusa's completeOrderWorkflow (`order.completed`). */
export const completeVendorOrderWorkflow = createWorkflow(
  completeVendorOrderWorkflowId,
  (input: WorkflowData<CompleteVendorOrderWorkflowInput>) => {
    const order = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "order" as const,
      ids: [input.order_id],
    }))
    validateSellerOwnsStep(order)
    validateOrderCompletableStep({ order_id: input.order_id })
    const complete = transform({ input }, ({ input }) => ({
      orderIds: [input.order_id],
    }))
    completeOrderWorkflow.runAsStep({ input: complete })
    return new WorkflowResponse(input.order_id)
  }
)
