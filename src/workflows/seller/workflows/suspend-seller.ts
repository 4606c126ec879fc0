import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../../modules/seller/events"
import { updateSellerStep } from "../steps/update-seller"
import { validateSellerStatusStep } from "../steps/validate-seller-status"

export type SuspendSellerWorkflowInput = {
  seller_id: string
  reason: string
  actor_id?: string | null
}

export const suspendSellerWorkflowId = "suspend-seller"

/** Suspends an open or pending seller: its writes are refused until reinstated. */
export const suspendSellerWorkflow = createWorkflow(
  suspendSellerWorkflowId,
  (input: WorkflowData<SuspendSellerWorkflowInput>) => {
    validateSellerStatusStep({
      seller_id: input.seller_id,
      allowed: ["open", "pending_approval"],
      action: "suspend",
    })
    const update = transform({ input }, ({ input }) => ({
      id: input.seller_id,
      update: { status: "suspended" as const, status_reason: input.reason },
    }))
    const seller = updateSellerStep(update)
    const suspended = transform({ input, seller }, ({ input, seller }) => ({
      id: seller.id,
      reason: input.reason,
      actor_id: input.actor_id ?? null,
      occurred_at: new Date(seller.updated_at).toISOString(),
    }))
    emitEventStep({ eventName: SellerEvents.SUSPENDED, data: suspended })
    return new WorkflowResponse(seller)
  }
)
