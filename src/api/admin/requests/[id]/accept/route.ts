import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminRequestResponse } from "../../../../../types/http"
import { acceptRequestWorkflow } from "../../../../../workflows/request/workflows/accept-request"
import { refetchOne } from "../../../../utils/refetch-one"
import type { AdminAcceptRequestType } from "../../validators"

/** Accepts a pending request; a concurrent or repeated review gets 409. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAcceptRequestType>,
  res: MedusaResponse<AdminRequestResponse>
) => {
  await refetchOne("request", req.params.id, req.scope, ["id"])
  await acceptRequestWorkflow(req.scope).run({
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
