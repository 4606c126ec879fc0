import type { ReviewReference } from "../../modules/review"

/** What a customer submits; the order decides the seller and, for products, the line. */
export type CreateReviewInput = {
  customer_id: string
  reference: ReviewReference
  /** The product or the seller reviewed. */
  reference_id: string
  order_id: string
  /** The order line of the product; the order's (first) line of the product when omitted. */
  line_item_id?: string
  rating: number
  title?: string | null
  body?: string | null
}

/** A review's place in the order it comes from, as the eligibility check found it. */
export type EligibleReview = {
  reference: ReviewReference
  reference_id: string
  seller_id: string
  order_id: string
  line_item_id: string | null
}
