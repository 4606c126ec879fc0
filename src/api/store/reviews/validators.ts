import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  REVIEW_LIMITS,
  REVIEW_STATUSES,
  ReviewReference,
} from "../../../modules/review/constants"

const Rating = z
  .number()
  .int("rating must be a whole number")
  .min(REVIEW_LIMITS.minRating)
  .max(REVIEW_LIMITS.maxRating)
const Title = z.string().trim().min(1).max(REVIEW_LIMITS.title)
const Body = z.string().trim().min(1).max(REVIEW_LIMITS.body)
const Id = z.string().trim().min(1).max(64)

const reviewText = { title: Title.nullish(), body: Body.nullish() }

/** A product review names the product and the order (optionally its line); a seller review the seller and the order. */
export const StoreCreateReview = z.discriminatedUnion("reference", [
  z
    .object({
      reference: z.literal(ReviewReference.PRODUCT),
      reference_id: Id,
      order_id: Id,
      line_item_id: Id.optional(),
      rating: Rating,
      ...reviewText,
    })
    .strict(),
  z
    .object({
      reference: z.literal(ReviewReference.SELLER),
      reference_id: Id,
      order_id: Id,
      rating: Rating,
      ...reviewText,
    })
    .strict(),
])
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

/** An edit of one's own pending review: any of rating, title, body. */
export const StoreUpdateReview = z
  .object({ rating: Rating.optional(), ...reviewText })
  .strict()
  .refine((edit) => Object.keys(edit).length > 0, {
    message: "Give at least one of rating, title, body",
  })
export type StoreUpdateReviewType = z.infer<typeof StoreUpdateReview>

/** Published reviews of a product or seller, newest first unless `order` says otherwise. */
export const StoreGetReviewsParams = createFindParams({
  limit: 10,
  offset: 0,
  order: "-created_at",
}).extend({ rating: z.coerce.number().int().min(1).max(5).optional() })

export const StoreGetCustomerReviewsParams = createFindParams({
  limit: 10,
  offset: 0,
  order: "-created_at",
}).extend({ status: z.enum(REVIEW_STATUSES).optional() })
