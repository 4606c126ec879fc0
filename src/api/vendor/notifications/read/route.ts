import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorNotificationsReadResponse } from "../../../../types/http"
import { markNotificationsReadWorkflow } from "../../../../workflows/seller/workflows/mark-notifications-read"
import { jsonDate } from "../../../utils/json-date"
import type { VendorRequest } from "../../seller-context"

/** Marks the feed read for the calling member (not for the rest of the team); repeating it is harmless. */
export const POST = async (
  req: VendorRequest,
  res: MedusaResponse<VendorNotificationsReadResponse>
) => {
  const { result } = await markNotificationsReadWorkflow(req.scope).run({
    input: { member_id: req.seller_context.member_id },
  })
  res.json({
    read_at: jsonDate(result.notifications_read_at),
    unread_count: 0,
  })
}
