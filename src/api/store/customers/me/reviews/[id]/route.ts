import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type {
  StoreCustomerReviewResponse,
  StoreDeleteReviewResponse,
} from "../../../../../../types/http"
import { deleteReviewWorkflow } from "../../../../../../workflows/review/workflows/delete-review"
import { updateReviewWorkflow } from "../../../../../../workflows/review/workflows/update-review"
import { refetchOne } from "../../../../../utils/refetch-one"
import { storeCustomerReviewFields } from "../../../../reviews/query-config"
import type { StoreUpdateReviewType } from "../../../../reviews/validators"

/** Edits the customer's own review while it is pending (another customer's is a 404). */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreUpdateReviewType>,
  res: MedusaResponse<StoreCustomerReviewResponse>
) => {
  await updateReviewWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      id: req.params.id,
      customer_id: req.auth_context.actor_id,
    },
  })
  const review = await refetchOne<StoreCustomerReviewResponse["review"]>(
    "review",
    req.params.id,
    req.scope,
    storeCustomerReviewFields
  )
  res.json({ review })
}

/** Deletes the customer's own review while it is pending. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreDeleteReviewResponse>
) => {
  await deleteReviewWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ id: req.params.id, object: "review", deleted: true })
}
