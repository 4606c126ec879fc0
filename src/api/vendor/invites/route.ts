import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorInviteResponse } from "../../../types/http"
import { inviteMemberWorkflow } from "../../../workflows/seller/workflows/invite-member"
import { jsonDate, jsonDateOrNull } from "../../utils/json-date"
import type { VendorRequest } from "../seller-context"
import type { VendorCreateInviteType } from "./validators"

/** Invites a team member; the token is emailed to the invitee and never returned here. */
export const POST = async (
  req: VendorRequest<VendorCreateInviteType>,
  res: MedusaResponse<VendorInviteResponse>
) => {
  const { result: invite } = await inviteMemberWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      email: req.validatedBody.email,
      role: req.validatedBody.role,
      invited_by: req.seller_context.member_id,
    },
  })
  res.status(201).json({
    invite: {
      id: invite.id,
      email: invite.email,
      role: invite.role,
      expires_at: jsonDate(invite.expires_at),
      accepted_at: jsonDateOrNull(invite.accepted_at),
      created_at: jsonDate(invite.created_at),
    },
  })
}
