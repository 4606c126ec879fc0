import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchOne } from "../../../../refetch-one"

/** The seller's invites not accepted yet (expired ones included: `expires_at` tells). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invites, metadata } = await query.graph({
    entity: "seller_invite",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, seller_id: req.params.id, accepted_at: null },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    invites,
    count: metadata?.count ?? invites.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}
