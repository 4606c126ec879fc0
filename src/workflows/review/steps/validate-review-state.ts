import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REVIEW_MODULE,
  ReviewModuleService,
  ReviewStatus,
} from "../../../modules/review"

export type ValidateReviewStateStepInput = {
  id: string
  /** Statuses the action is allowed from. */
  allowed: ReviewStatus[]
  /** What is being attempted, for the error message ("publish", "edit"...). */
  action: string
  /** When set, the review must be this customer's (404 otherwise, like a missing one). */
  customer_id?: string
  /** When set, the review must be of this seller or its products (404 otherwise). */
  seller_id?: string
}

export const validateReviewStateStepId = "validate-review-state"

/** Fails unless the review exists, belongs to the given owner and is in an allowed status. Reads only. */
export const validateReviewStateStep = createStep(
  validateReviewStateStepId,
  async (input: ValidateReviewStateStepInput, { container }) => {
    const [review] = await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listReviews({
        id: input.id,
        ...(input.customer_id ? { customer_id: input.customer_id } : {}),
        ...(input.seller_id ? { seller_id: input.seller_id } : {}),
      })
    if (!review) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Review with id: ${input.id} was not found`
      )
    }
    if (!input.allowed.includes(review.status as ReviewStatus)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot ${input.action} review ${review.id}: its status is ${review.status}`
      )
    }
    return new StepResponse(review)
  }
)
