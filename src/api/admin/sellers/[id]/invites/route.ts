import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  SELLER_MODULE,
  SellerModuleService,
} from "../../../../../modules/seller"
import type { AdminSellerInviteListResponse } from "../../../../../types/http"
import { refetchOne } from "../../../../utils/refetch-one"

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
    invites: invites.map((invite) => ({
      id: invite.id,
      email: invite.email,
      role: invite.role,
      expires_at: new Date(invite.expires_at).toISOString(),
      accepted_at: invite.accepted_at
        ? new Date(invite.accepted_at).toISOString()
        : null,
      created_at: new Date(invite.created_at).toISOString(),
    })),
    count,
    limit: take ?? invites.length,
    offset: skip,
  })
}
