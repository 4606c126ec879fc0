import {
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../../catalog/steps/validate-seller-owns"
import { resolveReturnLocationStep } from "../steps/resolve-return-location"

export const createVendorReturnWorkflowId = "create-vendor-return"

export type VendorReturnItemInput = {
  /** The order line item. */
  id: string
  quantity: number
  /** One of Medusa's return reasons. */
  reason_id?: string
  note?: string
}

export type CreateVendorReturnWorkflowInput = {
  seller_id: string
  member_id: string
  order_id: string
  items: VendorReturnItemInput[]
  /** Why the items come back, in the seller's words (kept on the return and each item's note). */
  reason?: string
  /** One of the seller's locations; see resolveReturnLocationStep for the default. */
  location_id?: string
}

/**
 * A return the seller opens on one of its orders, through Medusa's return request flow
 * (begin, request items, confirm): only fulfilled quantities can be returned, the return
 * waits to be received at one of the seller's locations, and `order.return_requested` is
 * emitted. Returns the return's id.
 */
export const createVendorReturnWorkflow = createWorkflow(
  createVendorReturnWorkflowId,
  (input: WorkflowData<CreateVendorReturnWorkflowInput>) => {
    const order = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "order" as const,
      ids: [input.order_id],
    }))
    validateSellerOwnsStep(order)
    const locationId = resolveReturnLocationStep({
      seller_id: input.seller_id,
      order_id: input.order_id,
      location_id: input.location_id,
    })

    const begin = transform({ input, locationId }, ({ input, locationId }) => ({
      order_id: input.order_id,
      location_id: locationId,
      created_by: input.member_id,
      description: input.reason,
      metadata: input.reason ? { reason: input.reason } : undefined,
    }))
    const change = beginReturnOrderWorkflow.runAsStep({ input: begin })
    const returnId = transform(
      { change },
      ({ change }) => change.return_id as string
    )

    const request = transform({ input, returnId }, ({ input, returnId }) => ({
      return_id: returnId,
      items: input.items.map((item) => ({
        id: item.id,
        quantity: item.quantity,
        reason_id: item.reason_id,
        internal_note: item.note ?? input.reason,
      })),
    }))
    requestItemReturnWorkflow.runAsStep({ input: request })
    const confirm = transform({ input, returnId }, ({ input, returnId }) => ({
      return_id: returnId,
      confirmed_by: input.member_id,
    }))
    confirmReturnRequestWorkflow.runAsStep({ input: confirm })
    return new WorkflowResponse(returnId)
  }
)
