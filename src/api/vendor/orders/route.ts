import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorOrderListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import type { VendorRequest } from "../seller-context"

/** The seller's orders (seller↔order link), filterable by status and dates, newest first. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorOrderListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    orders,
    ...listPage(metadata, req.queryConfig.pagination, orders.length),
  })
}
