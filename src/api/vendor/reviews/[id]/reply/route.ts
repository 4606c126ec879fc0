import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorReviewResponse } from "../../../../../types/http"
import { replyToReviewWorkflow } from "../../../../../workflows/review/workflows/reply-to-review"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"
import { vendorReviewFields } from "../../query-config"
import type { VendorReplyToReviewType } from "../../validators"

/** The seller's public reply to a published review of it or its products (sent again: replaced). */
export const POST = async (
  req: VendorRequest<VendorReplyToReviewType>,
  res: MedusaResponse<VendorReviewResponse>
) => {
  await replyToReviewWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      seller_id: req.seller_context.seller_id,
      reply: req.validatedBody.reply,
    },
  })
  const review = await refetchOne<VendorReviewResponse["review"]>(
    "review",
    req.params.id,
    req.scope,
    vendorReviewFields
  )
  res.json({ review })
}
