import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const VendorGetNotificationsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})
