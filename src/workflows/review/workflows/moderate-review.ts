import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../../../modules/review/events"
import { refreshReviewRatingsStep } from "../steps/refresh-review-ratings"
import { updateReviewStep } from "../steps/update-review"
import { validateReviewStateStep } from "../steps/validate-review-state"
import { reviewEventData } from "../utils/review-event"
import { REVIEW_LOCK, reviewLockKey } from "../utils/review-lock"

export type ModerateReviewWorkflowInput = {
  id: string
  status: "published" | "rejected"
  /** Why; shown to the customer on a rejection. */
  note?: string | null
}

export const moderateReviewWorkflowId = "moderate-review"

/**
 * An admin publishes (a pending or rejected review) or rejects (a pending or published
 * one) a review under a lock on it; the rating is recomputed and `review.published` or
 * `review.rejected` emitted. Publishing or rejecting twice is a 400.
 */
export const moderateReviewWorkflow = createWorkflow(
  moderateReviewWorkflowId,
  (input: WorkflowData<ModerateReviewWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) => reviewLockKey(input.id))
    acquireLockStep({ key: lockKey, ...REVIEW_LOCK })
    const rule = transform({ input }, ({ input }) =>
      input.status === "published"
        ? {
            allowed: ["pending" as const, "rejected" as const],
            action: "publish",
          }
        : {
            allowed: ["pending" as const, "published" as const],
            action: "reject",
          }
    )
    validateReviewStateStep({
      id: input.id,
      allowed: rule.allowed,
      action: rule.action,
    })
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      status: input.status,
      moderation_note: input.note ?? null,
      moderated_at: new Date(),
    }))
    const review = updateReviewStep(update)
    refreshReviewRatingsStep([review])
    const event = transform({ review, input }, ({ review, input }) => ({
      eventName:
        input.status === "published"
          ? ReviewEvents.PUBLISHED
          : ReviewEvents.REJECTED,
      data: { ...reviewEventData(review), note: input.note ?? null },
    }))
    emitEventStep(event)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(review)
  }
)
