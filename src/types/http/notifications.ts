import { z } from "@medusajs/framework/zod"
import { JsonObject, listResponse, Timestamp } from "./common"

/** One entry of the seller's in-app feed (Medusa's Notification Module, channel `feed`). */
export const SellerNotification = z
  .object({
    id: z.string(),
    to: z.string(),
    channel: z.string(),
    template: z.string(),
    data: JsonObject.nullable(),
    trigger_type: z.string().nullable(),
    resource_id: z.string().nullable(),
    resource_type: z.string().nullable(),
    receiver_id: z.string().nullable(),
    status: z.string(),
    created_at: Timestamp,
  })
  .meta({ id: "SellerNotification" })
export type SellerNotification = z.infer<typeof SellerNotification>

/** The feed's page, with the calling member's read marker and the entries created after it. */
export const VendorNotificationListResponse = listResponse(
  "notifications",
  SellerNotification
).extend({
  read_at: Timestamp.nullable(),
  unread_count: z.number().int(),
})
export type VendorNotificationListResponse = z.infer<
  typeof VendorNotificationListResponse
>

export const VendorNotificationsReadResponse = z.object({
  read_at: Timestamp,
  unread_count: z.number().int(),
})
export type VendorNotificationsReadResponse = z.infer<
  typeof VendorNotificationsReadResponse
>
