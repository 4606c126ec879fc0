import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectRequestWorkflow } from "../../../../../workflows/request/workflows/reject-request"
import { refetchSeller } from "../../../../vendor/sellers/helpers"
import { pendingRegistrationRequestId } from "../../helpers"
import type { AdminRejectSellerType } from "../../validators"

/** Rejects the seller's pending registration; the note is shown to the seller. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectSellerType>,
  res: MedusaResponse
) => {
  const requestId = await pendingRegistrationRequestId(req.scope, req.params.id)
  await rejectRequestWorkflow(req.scope).run({
    input: {
      request_id: requestId,
      reviewer_id: req.auth_context.actor_id,
      note: req.validatedBody.note,
    },
  })
  res.json({ seller: await refetchSeller(req.params.id, req.scope, req.queryConfig.fields) })
}
