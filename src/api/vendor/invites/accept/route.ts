import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorAcceptInviteResponse } from "../../../../types/http"
import { acceptInviteWorkflow } from "../../../../workflows/seller/workflows/accept-invite"
import type { VendorAcceptInviteType } from "../validators"

/** The bearer is a registration token of the invited email (POST /auth/seller/emailpass/register). */
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorAcceptInviteType>,
  res: MedusaResponse<VendorAcceptInviteResponse>
) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This identity already belongs to a seller"
    )
  }
  const { result: member } = await acceptInviteWorkflow(req.scope).run({
    input: {
      token: req.validatedBody.token,
      name: req.validatedBody.name,
      auth_identity_id: req.auth_context.auth_identity_id,
    },
  })
  res.json({
    member: {
      id: member.id,
      email: member.email,
      name: member.name,
      role: member.role,
    },
  })
}
