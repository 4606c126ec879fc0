import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchOne } from "../../../../refetch-one"

/** A seller's team; 404 for an unknown seller. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members, metadata } = await query.graph({
    entity: "member",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, seller_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    members,
    count: metadata?.count ?? members.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}
