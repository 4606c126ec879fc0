import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteMemberWorkflow } from "../../../workflows/seller/workflows/invite-member"
import type { VendorRequest } from "../seller-context"
import { inviteResponse } from "../../invite-response"
import type { VendorCreateInviteType } from "./validators"

/** The seller's pending invites (not accepted yet; expired ones included, `expires_at` tells). */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invites, metadata } = await query.graph({
    entity: "seller_invite",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, seller_id: req.seller_context.seller_id, accepted_at: null },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    invites,
    count: metadata?.count ?? invites.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}

/** Invites a team member; the token is emailed to the invitee and never returned here. */
export const POST = async (req: VendorRequest<VendorCreateInviteType>, res: MedusaResponse) => {
  const { result: invite } = await inviteMemberWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      email: req.validatedBody.email,
      role: req.validatedBody.role,
      invited_by: req.seller_context.member_id,
    },
  })
  res.status(201).json({ invite: inviteResponse(invite) })
}
