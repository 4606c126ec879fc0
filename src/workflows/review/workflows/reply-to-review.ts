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
import { updateReviewStep } from "../steps/update-review"
import { validateReviewStateStep } from "../steps/validate-review-state"
import { reviewEventData } from "../utils/review-event"
import { REVIEW_LOCK, reviewLockKey } from "../utils/review-lock"

export type ReplyToReviewWorkflowInput = {
  id: string
  seller_id: string
  reply: string
}

export const replyToReviewWorkflowId = "reply-to-review"

/**
 * The seller's one public reply to a published review of it or its products; replying
 * again replaces the text and its time. Emits `review.replied`.
 */
export const replyToReviewWorkflow = createWorkflow(
  replyToReviewWorkflowId,
  (input: WorkflowData<ReplyToReviewWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) => reviewLockKey(input.id))
    acquireLockStep({ key: lockKey, ...REVIEW_LOCK })
    validateReviewStateStep({
      id: input.id,
      seller_id: input.seller_id,
      allowed: ["published"],
      action: "reply to",
    })
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      seller_reply: input.reply,
      seller_replied_at: new Date(),
    }))
    const review = updateReviewStep(update)
    const event = transform({ review }, ({ review }) => reviewEventData(review))
    emitEventStep({ eventName: ReviewEvents.REPLIED, data: event })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(review)
  }
)
