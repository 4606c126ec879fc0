import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSellerResourceIds } from "../../../../../workflows/catalog/seller-resources"
import { refetchOne } from "../../../../refetch-one"

/** The seller's orders (seller↔order link), newest first; filter status. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const ids = await listSellerResourceIds(req.scope, "order", req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    orders,
    count: metadata?.count ?? orders.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}
