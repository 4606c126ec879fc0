import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  REVIEW_LIMITS,
  REVIEW_REFERENCES,
  REVIEW_STATUSES,
} from "../../../modules/review/constants"

export const VendorGetReviewsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z.enum(REVIEW_STATUSES).optional(),
  reference: z.enum(REVIEW_REFERENCES).optional(),
  reference_id: z.string().optional(),
  rating: z.coerce.number().int().min(1).max(5).optional(),
})

/** The seller's one public reply; sending it again replaces it. */
export const VendorReplyToReview = z
  .object({ reply: z.string().trim().min(1).max(REVIEW_LIMITS.reply) })
  .strict()
export type VendorReplyToReviewType = z.infer<typeof VendorReplyToReview>
