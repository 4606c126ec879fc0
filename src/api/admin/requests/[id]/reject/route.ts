import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminRequestResponse } from "../../../../../types/http"
import { rejectRequestWorkflow } from "../../../../../workflows/request/workflows/reject-request"
import { refetchOne } from "../../../../utils/refetch-one"
import type { AdminRejectRequestType } from "../../validators"

/** Rejects a pending request with a note for the seller; a concurrent or repeated review gets 409. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectRequestType>,
  res: MedusaResponse<AdminRequestResponse>
) => {
  await refetchOne("request", req.params.id, req.scope, ["id"])
  await rejectRequestWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      reviewer_id: req.auth_context.actor_id,
      note: req.validatedBody.note,
    },
  })
  res.json({
    request: await refetchOne(
      "request",
      req.params.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}
