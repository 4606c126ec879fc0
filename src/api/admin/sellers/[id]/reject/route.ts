import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSellerResponse } from "../../../../../types/http"
import { rejectRequestWorkflow } from "../../../../../workflows/request/workflows/reject-request"
import { refetchOne } from "../../../../utils/refetch-one"
import { pendingRegistrationRequestId } from "../../pending-registration-request-id"
import type { AdminRejectSellerType } from "../../validators"

/** Rejects the seller's pending registration; the note is shown to the seller. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectSellerType>,
  res: MedusaResponse<AdminSellerResponse>
) => {
  const requestId = await pendingRegistrationRequestId(req.scope, req.params.id)
  await rejectRequestWorkflow(req.scope).run({
    input: {
      request_id: requestId,
      reviewer_id: req.auth_context.actor_id,
      note: req.validatedBody.note,
    },
  })
  res.json({
    seller: await refetchOne(
      "seller",
      req.params.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}
