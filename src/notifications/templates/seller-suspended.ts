import { field, message, NotificationTemplate } from "./rendered-message"

/** To the seller: the store was suspended. data: seller_name, reason */
export const sellerSuspended: NotificationTemplate = (data) =>
  message("Your store is suspended", [
    `The store ${field(data, "seller_name")} is suspended: its products are hidden and no new orders can be placed.`,
    field(data, "reason") && `Reason: ${field(data, "reason")}`,
  ])
