import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const VendorGetNotificationsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})

/** Nothing to send: the marker moves to now for the calling member. */
export const VendorMarkNotificationsRead = z.object({}).strict()
