import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REVIEW_MODULE,
  ReviewModuleService,
  ReviewStatus,
} from "../../../modules/review"
import type { EligibleReview } from "../types"

export type CreateReviewStepInput = EligibleReview & {
  customer_id: string
  rating: number
  title?: string | null
  body?: string | null
  status: ReviewStatus
}

export const createReviewStepId = "create-review"

/** Creates the review; compensation deletes it and recomputes the rating it counted in. */
export const createReviewStep = createStep(
  createReviewStepId,
  async (input: CreateReviewStepInput, { container }) => {
    const review = await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .createReviews(input)
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const review = await service.retrieveReview(id)
    await service.deleteReviews(id)
    await service.refreshRatings([review])
  }
)
