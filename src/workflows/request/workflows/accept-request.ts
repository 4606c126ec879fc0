import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  updateProductsWorkflow,
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

export type AcceptRequestWorkflowInput = {
  request_id: string
  reviewer_id?: string | null
  note?: string | null
}

export const acceptRequestWorkflowId = "accept-request"

/**
 * Accepts a pending request under a lock on its id. A seller registration also opens
 * the seller; a product publication publishes the product. A second, concurrent
 * acceptance waits for the lock, then fails with 409.
 */
export const acceptRequestWorkflow = createWorkflow(
  acceptRequestWorkflowId,
  (input: WorkflowData<AcceptRequestWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) => `request:${input.request_id}`)
    acquireLockStep({ key: lockKey, ...REQUEST_LOCK })

    const request = reviewRequestStep({
      id: input.request_id,
      status: "accepted",
      reviewer_id: input.reviewer_id,
      reviewer_note: input.note,
    })

    when("approve-registered-seller", { request }, ({ request }) => {
      return request.type === "seller_registration"
    }).then(() => {
      validateSellerStatusStep({
        seller_id: request.seller_id,
        allowed: ["pending_approval"],
        action: "approve",
      })
      const update = transform({ request }, ({ request }) => ({
        id: request.seller_id,
        update: { status: "open" as const, status_reason: null, approved_at: new Date() },
      }))
      updateSellerStep(update)
      const approved = transform({ request }, ({ request }) => ({
        id: request.seller_id,
        request_id: request.id,
        reviewer_id: request.reviewer_id ?? null,
        note: request.reviewer_note ?? null,
      }))
      emitEventStep({ eventName: SellerEvents.APPROVED, data: approved }).config({
        name: "emit-seller-approved",
      })
    })

    when("publish-requested-product", { request }, ({ request }) => {
      return request.type === "product_publication"
    }).then(() => {
      const publish = transform({ request }, ({ request }) => ({
        selector: { id: String(request.payload?.product_id ?? "") },
        update: { status: "published" as const },
      }))
      updateProductsWorkflow.runAsStep({ input: publish })
    })

    const reviewed = transform({ request }, ({ request }) => ({
      id: request.id,
      type: request.type,
      seller_id: request.seller_id,
      status: "accepted" as const,
      reviewer_id: request.reviewer_id ?? null,
      note: request.reviewer_note ?? null,
    }))
    emitEventStep({ eventName: RequestEvents.ACCEPTED, data: reviewed }).config({
      name: "emit-request-accepted",
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(request)
  }
)
