import { z } from "@medusajs/framework/zod"
import {
  REVIEW_REFERENCES,
  REVIEW_STATUSES,
} from "../../modules/review/constants"
import { deleteResponse, listResponse, Timestamp } from "./common"

/** Average (two decimals, 0 without reviews) and count of the published reviews. */
export const ReviewRating = z
  .object({
    average: z.number(),
    count: z.number().int(),
  })
  .meta({ id: "ReviewRating" })
export type ReviewRating = z.infer<typeof ReviewRating>

/** A published review as the store shows it. */
export const StoreReview = z
  .object({
    id: z.string(),
    reference: z.enum(REVIEW_REFERENCES),
    reference_id: z.string(),
    seller_id: z.string(),
    rating: z.number().int(),
    title: z.string().nullable(),
    body: z.string().nullable(),
    seller_reply: z.string().nullable(),
    seller_replied_at: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "StoreReview" })
export type StoreReview = z.infer<typeof StoreReview>

/** A customer's own review, in any status, with the moderator's note. */
export const StoreCustomerReview = StoreReview.extend({
  status: z.enum(REVIEW_STATUSES),
  order_id: z.string(),
  line_item_id: z.string().nullable(),
  moderation_note: z.string().nullable(),
}).meta({ id: "StoreCustomerReview" })
export type StoreCustomerReview = z.infer<typeof StoreCustomerReview>

/** A review of the seller or one of its products. */
export const VendorReview = StoreReview.extend({
  status: z.enum(REVIEW_STATUSES),
  order_id: z.string(),
  line_item_id: z.string().nullable(),
}).meta({ id: "VendorReview" })
export type VendorReview = z.infer<typeof VendorReview>

export const AdminReview = VendorReview.extend({
  customer_id: z.string(),
  moderation_note: z.string().nullable(),
  moderated_at: Timestamp.nullable(),
}).meta({ id: "AdminReview" })
export type AdminReview = z.infer<typeof AdminReview>

/** A product's or seller's published reviews, newest first, with its rating. */
export const StoreReviewListResponse = listResponse(
  "reviews",
  StoreReview
).extend({ rating: ReviewRating })
export type StoreReviewListResponse = z.infer<typeof StoreReviewListResponse>

export const StoreCustomerReviewResponse = z.object({
  review: StoreCustomerReview,
})
export type StoreCustomerReviewResponse = z.infer<
  typeof StoreCustomerReviewResponse
>

export const StoreCustomerReviewListResponse = listResponse(
  "reviews",
  StoreCustomerReview
)
export type StoreCustomerReviewListResponse = z.infer<
  typeof StoreCustomerReviewListResponse
>

export const StoreDeleteReviewResponse = deleteResponse("review")
export type StoreDeleteReviewResponse = z.infer<
  typeof StoreDeleteReviewResponse
>

export const VendorReviewListResponse = listResponse("reviews", VendorReview)
export type VendorReviewListResponse = z.infer<typeof VendorReviewListResponse>

export const VendorReviewResponse = z.object({ review: VendorReview })
export type VendorReviewResponse = z.infer<typeof VendorReviewResponse>

export const AdminReviewListResponse = listResponse("reviews", AdminReview)
export type AdminReviewListResponse = z.infer<typeof AdminReviewListResponse>

export const AdminReviewResponse = z.object({ review: AdminReview })
export type AdminReviewResponse = z.infer<typeof AdminReviewResponse>

export const AdminDeleteReviewResponse = deleteResponse("review")
export type AdminDeleteReviewResponse = z.infer<
  typeof AdminDeleteReviewResponse
>
