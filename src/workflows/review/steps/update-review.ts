import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, ReviewModuleService } from "../../../modules/review"
import type { ReviewStatus } from "../../../modules/review"

export type UpdateReviewStepInput = {
  id: string
  rating?: number
  title?: string | null
  body?: string | null
  status?: ReviewStatus
  moderation_note?: string | null
  moderated_at?: Date | null
  seller_reply?: string | null
  seller_replied_at?: Date | null
}

type Previous = Omit<
  UpdateReviewStepInput,
  "moderated_at" | "seller_replied_at"
> & {
  moderated_at?: Date | string | null
  seller_replied_at?: Date | string | null
}

export const updateReviewStepId = "update-review"

/**
 * Updates the given fields of a review; compensation restores their previous values and
 * recomputes the rating.
 */
export const updateReviewStep = createStep(
  updateReviewStepId,
  async (input: UpdateReviewStepInput, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await service.retrieveReview(input.id, { select: fields })
    const previous = Object.fromEntries(
      fields.map((key) => [key, before[key as keyof typeof before] ?? null])
    ) as Previous
    const review = await service.updateReviews(input)
    return new StepResponse(review, { ...previous, id: input.id })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const review = await service.updateReviews(
      previous as UpdateReviewStepInput
    )
    await service.refreshRatings([review])
  }
)
