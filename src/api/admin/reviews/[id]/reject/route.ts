import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminReviewResponse } from "../../../../../types/http"
import { moderateReviewWorkflow } from "../../../../../workflows/review/workflows/moderate-review"
import { refetchOne } from "../../../../utils/refetch-one"
import { adminReviewFields } from "../../query-config"
import type { AdminRejectReviewType } from "../../validators"

/** Rejects a pending or published review with a note for the customer; its rating is recomputed. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectReviewType>,
  res: MedusaResponse<AdminReviewResponse>
) => {
  await moderateReviewWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      status: "rejected",
      note: req.validatedBody.note,
    },
  })
  const review = await refetchOne<AdminReviewResponse["review"]>(
    "review",
    req.params.id,
    req.scope,
    adminReviewFields
  )
  res.json({ review })
}
