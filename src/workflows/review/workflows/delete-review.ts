import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { REVIEW_STATUSES, ReviewStatus } from "../../../modules/review"
import { deleteReviewStep } from "../steps/delete-review"
import { refreshReviewRatingsStep } from "../steps/refresh-review-ratings"
import { validateReviewStateStep } from "../steps/validate-review-state"
import { REVIEW_LOCK, reviewLockKey } from "../utils/review-lock"

export type DeleteReviewWorkflowInput = {
  id: string
  /** A customer deletes only their own review, and only while it is pending; an admin any review. */
  customer_id?: string
}

export const deleteReviewWorkflowId = "delete-review"

/** Deletes a review under a lock on it and recomputes the rating it counted in. */
export const deleteReviewWorkflow = createWorkflow(
  deleteReviewWorkflowId,
  (input: WorkflowData<DeleteReviewWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) => reviewLockKey(input.id))
    acquireLockStep({ key: lockKey, ...REVIEW_LOCK })
    const allowed = transform({ input }, ({ input }) =>
      input.customer_id
        ? [ReviewStatus.PENDING as ReviewStatus]
        : [...REVIEW_STATUSES]
    )
    validateReviewStateStep({
      id: input.id,
      customer_id: input.customer_id,
      allowed,
      action: "delete",
    })
    const review = deleteReviewStep({ id: input.id })
    refreshReviewRatingsStep([review])
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(review)
  }
)
