import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorNotificationListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import type { VendorRequest } from "../seller-context"

/** The seller's in-app feed (channel `feed`, receiver = the seller), newest first. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorNotificationListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: notifications, metadata } = await query.graph({
    entity: "notification",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, channel: "feed" },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    notifications,
    ...listPage(metadata, req.queryConfig.pagination, notifications.length),
  })
}
