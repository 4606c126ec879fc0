import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminSellerOrderListResponse } from "../../../../../types/http"
import { listPage } from "../../../../utils/list-page"
import { refetchOne } from "../../../../utils/refetch-one"
import { listSellerLinkedIds } from "../../../../utils/seller-links"

/** The seller's orders (seller↔order link), newest first; filter status. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerOrderListResponse>
) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const ids = await listSellerLinkedIds(req.scope, "order", req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    orders,
    ...listPage(metadata, req.queryConfig.pagination, orders.length),
  })
}
