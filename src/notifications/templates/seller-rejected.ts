import { field, message, NotificationTemplate } from "./rendered-message"

/** To the seller: the registration was rejected. data: seller_name, reason */
export const sellerRejected: NotificationTemplate = (data) =>
  message("Your seller registration was not approved", [
    `We reviewed the registration of ${field(data, "seller_name")} and could not approve it.`,
    field(data, "reason") && `Reason: ${field(data, "reason")}`,
  ])
