import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminReviewResponse } from "../../../../../types/http"
import { moderateReviewWorkflow } from "../../../../../workflows/review/workflows/moderate-review"
import { refetchOne } from "../../../../utils/refetch-one"
import { adminReviewFields } from "../../query-config"
import type { AdminPublishReviewType } from "../../validators"

/** Publishes a pending or rejected review (optional note); its rating is recomputed. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPublishReviewType>,
  res: MedusaResponse<AdminReviewResponse>
) => {
  await moderateReviewWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      status: "published",
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
