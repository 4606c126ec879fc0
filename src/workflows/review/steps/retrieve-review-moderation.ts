import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, ReviewModuleService } from "../../../modules/review"

export const retrieveReviewModerationStepId = "retrieve-review-moderation"

/** The review module's `moderation` option (REVIEW_MODERATION). Reads only. */
export const retrieveReviewModerationStep = createStep(
  retrieveReviewModerationStepId,
  async (_: void, { container }) => {
    const { moderation } = container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .getSettings()
    return new StepResponse(moderation)
  }
)
