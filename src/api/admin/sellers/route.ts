import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminSellerListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSellerListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ sellers, ...listPage(metadata, req.queryConfig.pagination, sellers.length) })
}
