import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refreshReviewRatingsStep } from "../steps/refresh-review-ratings"
import { updateReviewStep } from "../steps/update-review"
import { validateReviewStateStep } from "../steps/validate-review-state"
import { REVIEW_LOCK, reviewLockKey } from "../utils/review-lock"

export type UpdateReviewWorkflowInput = {
  id: string
  customer_id: string
  rating?: number
  title?: string | null
  body?: string | null
}

export const updateReviewWorkflowId = "update-review"

/**
 * A customer edits their own review while it waits for moderation (another customer's
 * review is a 404), under a lock on the review; the rating is recomputed.
 */
export const updateReviewWorkflow = createWorkflow(
  updateReviewWorkflowId,
  (input: WorkflowData<UpdateReviewWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) => reviewLockKey(input.id))
    acquireLockStep({ key: lockKey, ...REVIEW_LOCK })
    validateReviewStateStep({
      id: input.id,
      customer_id: input.customer_id,
      allowed: ["pending"],
      action: "edit",
    })
    const update = transform({ input }, ({ input }) => {
      const { customer_id: _customer, ...fields } = input
      return fields
    })
    const review = updateReviewStep(update)
    refreshReviewRatingsStep([review])
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(review)
  }
)
