import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, ReviewModuleService } from "../../../modules/review"

export const deleteReviewStepId = "delete-review"

/** Soft-deletes a review; compensation restores it and recomputes the rating. */
export const deleteReviewStep = createStep(
  deleteReviewStepId,
  async ({ id }: { id: string }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const review = await service.retrieveReview(id)
    await service.softDeleteReviews(id)
    return new StepResponse(review, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    await service.restoreReviews(id)
    await service.refreshRatings([await service.retrieveReview(id)])
  }
)
