import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorCommissionLineListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import type { VendorRequest } from "../seller-context"

/** The calling seller's commission lines, newest first. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorCommissionLineListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission_lines, metadata } = await query.graph({
    entity: "commission_line",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    commission_lines,
    ...listPage(metadata, req.queryConfig.pagination, commission_lines.length),
  })
}
