import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminDeleteReviewResponse } from "../../../../types/http"
import { deleteReviewWorkflow } from "../../../../workflows/review/workflows/delete-review"

/** Deletes any review; its rating is recomputed. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminDeleteReviewResponse>
) => {
  await deleteReviewWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "review", deleted: true })
}
