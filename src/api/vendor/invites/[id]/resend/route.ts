import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorInviteResponse } from "../../../../../types/http"
import { resendInviteWorkflow } from "../../../../../workflows/seller/workflows/resend-invite"
import { inviteResponse } from "../../../../utils/invite-response"
import type { VendorRequest } from "../../../seller-context"

/** Emails the invite again with a new token and expiry; the previous token stops working. */
export const POST = async (
  req: VendorRequest,
  res: MedusaResponse<VendorInviteResponse>
) => {
  const { result: invite } = await resendInviteWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      invite_id: req.params.id,
      actor: {
        member_id: req.seller_context.member_id,
        role: req.seller_context.role,
      },
    },
  })
  res.json({ invite: inviteResponse(invite) })
}
