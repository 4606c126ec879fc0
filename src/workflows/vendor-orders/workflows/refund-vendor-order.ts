import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../../catalog/steps/validate-seller-owns"
import { retrieveOrderGroupOfOrderStep } from "../../order-group/steps/retrieve-order-group-of-order"
import { refundSellerOrderWorkflow } from "../../order-group/workflows/refund-seller-order"

export const refundVendorOrderWorkflowId = "refund-vendor-order"

export type RefundVendorOrderWorkflowInput = {
  seller_id: string
  member_id: string
  order_id: string
  /** In the currency's main unit. */
  amount: number
  note?: string
}

/**
 * A goodwill refund by the seller: part of its order's share of the group payment goes back
 * to the customer, with the same bound and ledger entries as every per-order refund (never
 * more than the order was paid minus what was refunded before).
 */
export const refundVendorOrderWorkflow = createWorkflow(
  refundVendorOrderWorkflowId,
  (input: WorkflowData<RefundVendorOrderWorkflowInput>) => {
    const order = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "order" as const,
      ids: [input.order_id],
    }))
    validateSellerOwnsStep(order)
    const groupId = retrieveOrderGroupOfOrderStep({ order_id: input.order_id })
    const refund = transform({ input, groupId }, ({ input, groupId }) => ({
      order_group_id: groupId,
      order_id: input.order_id,
      amount: input.amount,
      note: input.note,
      created_by: input.member_id,
    }))
    const result = refundSellerOrderWorkflow.runAsStep({ input: refund })
    return new WorkflowResponse(result)
  }
)
