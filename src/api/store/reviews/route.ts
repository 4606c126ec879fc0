import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { StoreCustomerReviewResponse } from "../../../types/http"
import { createReviewWorkflow } from "../../../workflows/review/workflows/create-review"
import { refetchOne } from "../../utils/refetch-one"
import { storeCustomerReviewFields } from "./query-config"
import type { StoreCreateReviewType } from "./validators"

/**
 * A logged-in customer reviews a product (once per order line) or a seller (once per
 * order) from one of their fulfilled or delivered orders. Published at once with
 * REVIEW_MODERATION=auto, `pending` with `manual`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateReviewType>,
  res: MedusaResponse<StoreCustomerReviewResponse>
) => {
  const { result } = await createReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  const review = await refetchOne<StoreCustomerReviewResponse["review"]>(
    "review",
    result.id,
    req.scope,
    storeCustomerReviewFields
  )
  res.status(201).json({ review })
}
