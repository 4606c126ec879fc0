import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSellerResourceIds } from "../../../workflows/catalog/seller-resources"
import type { VendorRequest } from "../seller-context"

/**
 * Returns of the seller's orders, whoever opened them (the customer through
 * `POST /store/returns`, the seller, an admin), newest first.
 */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const own = await listSellerResourceIds(req.scope, "order", req.seller_context.seller_id)
  const { order_id: requested, ...filters } = req.filterableFields as Record<string, unknown>
  const orderIds =
    requested === undefined ? own : ([] as string[]).concat(requested as string | string[]).filter((id) => own.includes(id))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: returns, metadata } = await query.graph({
    entity: "return",
    fields: req.queryConfig.fields,
    filters: { ...filters, order_id: orderIds },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    returns,
    count: metadata?.count ?? returns.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}
