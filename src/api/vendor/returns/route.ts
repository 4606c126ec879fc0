import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorReturnListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import type { VendorRequest } from "../seller-context"

/**
 * Returns of the seller's orders (ownership: the route's middlewares), whoever opened them:
 * the customer through `POST /store/returns`, the seller, an admin. Newest first.
 */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorReturnListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: returns, metadata } = await query.graph({
    entity: "return",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    returns,
    ...listPage(metadata, req.queryConfig.pagination, returns.length),
  })
}
