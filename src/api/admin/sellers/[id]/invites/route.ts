import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, SellerModuleService } from "../../../../../modules/seller"
import { refetchOne } from "../../../../refetch-one"

/** The seller's invites not accepted yet (expired ones included: `expires_at` tells). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const { skip, take, order } = req.queryConfig.pagination
  // Read through the module: Query names this model's methods after its table, not its service key.
  const [invites, count] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountInvites(
      { ...req.filterableFields, seller_id: req.params.id, accepted_at: null },
      { select: req.queryConfig.fields, skip, take, order }
    )
  res.json({ invites, count, limit: take, offset: skip })
}
