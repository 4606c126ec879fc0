import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorInviteDeleteResponse } from "../../../../types/http"
import { revokeInviteWorkflow } from "../../../../workflows/seller/workflows/revoke-invite"
import type { VendorRequest } from "../../seller-context"

/** Revokes a pending invite: its token no longer works. */
export const DELETE = async (
  req: VendorRequest,
  res: MedusaResponse<VendorInviteDeleteResponse>
) => {
  await revokeInviteWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      invite_id: req.params.id,
      actor: {
        member_id: req.seller_context.member_id,
        role: req.seller_context.role,
      },
    },
  })
  res.json({ id: req.params.id, object: "invite", deleted: true })
}
