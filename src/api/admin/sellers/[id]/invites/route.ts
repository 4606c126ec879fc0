import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSellerInviteResponse } from "../../../../../types/http"
import { inviteResponse } from "../../../../utils/invite-response"
import { inviteMemberWorkflow } from "../../../../../workflows/seller/workflows/invite-member"
import type { AdminCreateSellerInviteType } from "../../validators"

/**
 * Invites someone into a seller's team, an owner included (a new owner when the previous
 * one left). The token reaches the invitee by email only.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSellerInviteType>,
  res: MedusaResponse<AdminSellerInviteResponse>
) => {
  const { result: invite } = await inviteMemberWorkflow(req.scope).run({
    input: {
      seller_id: req.params.id,
      email: req.validatedBody.email,
      role: req.validatedBody.role,
      invited_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ invite: inviteResponse(invite) })
}
