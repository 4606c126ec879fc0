import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSellerResourceIds } from "../../../workflows/catalog/utils/seller-resources"
import type { VendorRequest } from "../seller-context"

/** The seller's orders (seller↔order link), filterable by status and dates, newest first. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const ids = await listSellerResourceIds(req.scope, "order", req.seller_context.seller_id)
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
