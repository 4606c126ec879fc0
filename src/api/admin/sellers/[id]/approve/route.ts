import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSellerResponse } from "../../../../../types/http"
import { acceptRequestWorkflow } from "../../../../../workflows/request/workflows/accept-request"
import { refetchOne } from "../../../../utils/refetch-one"
import { pendingRegistrationRequestId } from "../../pending-registration-request-id"
import type { AdminApproveSellerType } from "../../validators"

/** Accepts the seller's pending registration request (same as POST /admin/requests/:id/accept). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveSellerType>,
  res: MedusaResponse<AdminSellerResponse>
) => {
  const requestId = await pendingRegistrationRequestId(req.scope, req.params.id)
  await acceptRequestWorkflow(req.scope).run({
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
