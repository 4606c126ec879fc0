export const ReviewEvents = {
  CREATED: "review.created",
  PUBLISHED: "review.published",
  REJECTED: "review.rejected",
  REPLIED: "review.replied",
} as const

/** Data of every review event: enough to notify and track without reading the review. */
export type ReviewEventData = {
  id: string
  reference: string
  reference_id: string
  seller_id: string
  customer_id: string
  rating: number
  status: string
}
