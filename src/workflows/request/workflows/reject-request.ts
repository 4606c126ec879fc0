import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { RequestEvents } from "../../../modules/request/events"
import { SellerEvents } from "../../../modules/seller/events"
import { updateSellerStep } from "../../seller/steps/update-seller"
import { validateSellerStatusStep } from "../../seller/steps/validate-seller-status"
import { reviewRequestStep } from "../steps/review-request"
import { REQUEST_LOCK } from "../utils/request-lock"

export type RejectRequestWorkflowInput = {
  request_id: string
  reviewer_id?: string | null
  /** Shown to the seller; required by the admin routes. */
  note: string
}

export const rejectRequestWorkflowId = "reject-request"

/**
 * Rejects a pending request under a lock on its id. A rejected seller registration
 * terminates the seller, with the reviewer's note as the status reason.
 */
export const rejectRequestWorkflow = createWorkflow(
  rejectRequestWorkflowId,
  (input: WorkflowData<RejectRequestWorkflowInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `request:${input.request_id}`
    )
    acquireLockStep({ key: lockKey, ...REQUEST_LOCK })

    const request = reviewRequestStep({
      id: input.request_id,
      status: "rejected",
      reviewer_id: input.reviewer_id,
      reviewer_note: input.note,
    })

    when("reject-registered-seller", { request }, ({ request }) => {
      return request.type === "seller_registration"
    }).then(() => {
      validateSellerStatusStep({
        seller_id: request.seller_id,
        allowed: ["pending_approval"],
        action: "reject",
      })
      const update = transform({ request }, ({ request }) => ({
        id: request.seller_id,
        update: {
          status: "terminated" as const,
          status_reason: request.reviewer_note ?? null,
        },
      }))
      updateSellerStep(update)
      const rejected = transform({ request }, ({ request }) => ({
        id: request.seller_id,
        request_id: request.id,
        reviewer_id: request.reviewer_id ?? null,
        note: request.reviewer_note ?? null,
      }))
      emitEventStep({
        eventName: SellerEvents.REJECTED,
        data: rejected,
      }).config({
        name: "emit-seller-rejected",
      })
    })

    const reviewed = transform({ request }, ({ request }) => ({
      id: request.id,
      type: request.type,
      seller_id: request.seller_id,
      status: "rejected" as const,
      reviewer_id: request.reviewer_id ?? null,
      note: request.reviewer_note ?? null,
    }))
    emitEventStep({ eventName: RequestEvents.REJECTED, data: reviewed }).config(
      {
        name: "emit-request-rejected",
      }
    )

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(request)
  }
)
