import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REVIEW_MODULE,
  ReviewModuleService,
  ReviewReference,
} from "../../../modules/review"

export type ReviewRatingTarget = {
  reference: ReviewReference
  reference_id: string
}

export const refreshReviewRatingsStepId = "refresh-review-ratings"

/**
 * Recomputes the ratings of the reviewed product or seller in the database and refreshes
 * their cache entries. Derived data: no compensation of its own, the compensation of the
 * step that changed the review recomputes after restoring it.
 */
export const refreshReviewRatingsStep = createStep(
  refreshReviewRatingsStepId,
  async (targets: ReviewRatingTarget[], { container }) => {
    const ratings = await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .refreshRatings(targets)
    return new StepResponse(ratings)
  }
)
