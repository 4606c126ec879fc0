import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  REVIEW_LIMITS,
  REVIEW_REFERENCES,
  REVIEW_STATUSES,
} from "../../../modules/review/constants"

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).optional()

/** The moderation queue: filter by id, status, reference, product/seller, seller, customer, rating. */
export const AdminGetReviewsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  id: oneOrMany(z.string()),
  status: oneOrMany(z.enum(REVIEW_STATUSES)),
  reference: z.enum(REVIEW_REFERENCES).optional(),
  reference_id: oneOrMany(z.string()),
  seller_id: oneOrMany(z.string()),
  customer_id: oneOrMany(z.string()),
  rating: z.coerce.number().int().min(1).max(5).optional(),
})

export const AdminPublishReview = z
  .object({ note: z.string().trim().max(REVIEW_LIMITS.note).nullish() })
  .strict()
export type AdminPublishReviewType = z.infer<typeof AdminPublishReview>

/** A rejection tells the customer why. */
export const AdminRejectReview = z
  .object({ note: z.string().trim().min(1).max(REVIEW_LIMITS.note) })
  .strict()
export type AdminRejectReviewType = z.infer<typeof AdminRejectReview>
