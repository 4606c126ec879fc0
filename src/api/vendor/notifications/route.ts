import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorNotificationListResponse } from "../../../types/http"
import { jsonDateOrNull } from "../../utils/json-date"
import { listPage } from "../../utils/list-page"
import type { VendorRequest } from "../seller-context"
import { unreadNotifications } from "./unread-count"

/**
 * The seller's in-app feed (channel `feed`, receiver = the seller), newest first, with the
 * calling member's read marker and the number of entries after it.
 */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorNotificationListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: notifications, metadata }, unread] = await Promise.all([
    query.graph({
      entity: "notification",
      fields: req.queryConfig.fields,
      filters: { ...req.filterableFields, channel: "feed" },
      pagination: req.queryConfig.pagination,
    }),
    unreadNotifications(req.scope, req.seller_context),
  ])
  res.json({
    notifications,
    ...listPage(metadata, req.queryConfig.pagination, notifications.length),
    read_at: jsonDateOrNull(unread.read_at),
    unread_count: unread.unread_count,
  })
}
