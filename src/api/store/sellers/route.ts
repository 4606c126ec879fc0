import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreSellerListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"

/** Open sellers only. */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreSellerListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, status: "open" },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    sellers,
    ...listPage(metadata, req.queryConfig.pagination, sellers.length),
  })
}
