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

export type ReinstateSellerWorkflowInput = {
  seller_id: string
  reason?: string | null
  actor_id?: string | null
}

export const reinstateSellerWorkflowId = "reinstate-seller"

/** Lifts a suspension: back to `open` if the seller was ever approved, else `pending_approval`. */
export const reinstateSellerWorkflow = createWorkflow(
  reinstateSellerWorkflowId,
  (input: WorkflowData<ReinstateSellerWorkflowInput>) => {
    const current = validateSellerStatusStep({
      seller_id: input.seller_id,
      allowed: ["suspended"],
      action: "reinstate",
    })
    const update = transform({ input, current }, ({ input, current }) => ({
      id: input.seller_id,
      update: {
        status: current.approved_at
          ? ("open" as const)
          : ("pending_approval" as const),
        status_reason: null,
      },
    }))
    const seller = updateSellerStep(update)
    const reinstated = transform({ input, seller }, ({ input, seller }) => ({
      id: seller.id,
      reason: input.reason ?? null,
      actor_id: input.actor_id ?? null,
      occurred_at: new Date(seller.updated_at).toISOString(),
    }))
    emitEventStep({ eventName: SellerEvents.REINSTATED, data: reinstated })
    return new WorkflowResponse(seller)
  }
)
