import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  SELLER_MODULE,
  SellerModuleService,
} from "../../../../../modules/seller"
import type {
  AdminSellerInviteListResponse,
  AdminSellerInviteResponse,
} from "../../../../../types/http"
import { inviteMemberWorkflow } from "../../../../../workflows/seller/workflows/invite-member"
import { inviteResponse } from "../../../../utils/invite-response"
import { refetchOne } from "../../../../utils/refetch-one"
import type { AdminCreateSellerInviteType } from "../../validators"

/** The seller's invites not accepted yet (expired ones included: `expires_at` tells). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerInviteListResponse>
) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const { skip, take, order } = req.queryConfig.pagination
  // Read through the module: Query names this model's methods after its table, not its service key.
  const [invites, count] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountInvites(
      { ...req.filterableFields, seller_id: req.params.id, accepted_at: null },
      { select: req.queryConfig.fields, skip, take, order }
    )
  res.json({
    invites: invites.map(inviteResponse),
    count,
    limit: take ?? invites.length,
    offset: skip,
  })
}

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
