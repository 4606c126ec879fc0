import type { ReviewEventData } from "../../../modules/review/events"

type ReviewLike = ReviewEventData & Record<string, unknown>

/** The data of a review event, taken from the review a step returned. */
export function reviewEventData(review: ReviewLike): ReviewEventData {
  return {
    id: review.id,
    reference: review.reference,
    reference_id: review.reference_id,
    seller_id: review.seller_id,
    customer_id: review.customer_id,
    rating: review.rating,
    status: review.status,
  }
}
