import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../../../modules/review/events"
import { createReviewStep } from "../steps/create-review"
import { refreshReviewRatingsStep } from "../steps/refresh-review-ratings"
import { retrieveReviewModerationStep } from "../steps/retrieve-review-moderation"
import { validateReviewEligibilityStep } from "../steps/validate-review-eligibility"
import type { CreateReviewInput } from "../types"
import { reviewEventData } from "../utils/review-event"

export const createReviewWorkflowId = "create-review"

/**
 * A customer's review of a product or seller from one of their fulfilled orders. With
 * REVIEW_MODERATION=auto it is published (and counted in the rating) at once; with
 * `manual` it waits for an admin. Emits `review.created`, and `review.published` when
 * published.
 */
export const createReviewWorkflow = createWorkflow(
  createReviewWorkflowId,
  (input: WorkflowData<CreateReviewInput>) => {
    const eligible = validateReviewEligibilityStep(input)
    const moderation = retrieveReviewModerationStep()
    const data = transform(
      { input, eligible, moderation },
      ({ input, eligible, moderation }) => ({
        ...eligible,
        customer_id: input.customer_id,
        rating: input.rating,
        title: input.title ?? null,
        body: input.body ?? null,
        status:
          moderation === "auto" ? ("published" as const) : ("pending" as const),
      })
    )
    const review = createReviewStep(data)
    const event = transform({ review }, ({ review }) => reviewEventData(review))
    emitEventStep({ eventName: ReviewEvents.CREATED, data: event }).config({
      name: "emit-review-created",
    })

    when("publish-at-once", { review }, ({ review }) => {
      return review.status === "published"
    }).then(() => {
      refreshReviewRatingsStep([review])
      emitEventStep({ eventName: ReviewEvents.PUBLISHED, data: event }).config({
        name: "emit-review-published",
      })
    })
    return new WorkflowResponse(review)
  }
)
