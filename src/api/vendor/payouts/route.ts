import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorPayoutListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import type { VendorRequest } from "../seller-context"

/** The calling seller's payouts, newest first. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorPayoutListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payouts, metadata } = await query.graph({
    entity: "payout",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    payouts,
    ...listPage(metadata, req.queryConfig.pagination, payouts.length),
  })
}
