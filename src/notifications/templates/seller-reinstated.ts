import { field, message, NotificationTemplate } from "./rendered-message"

/** To the seller: a suspended store is open again. data: seller_name, dashboard_url */
export const sellerReinstated: NotificationTemplate = (data) =>
  message(
    "Your store is open again",
    [
      `The suspension of ${field(data, "seller_name")} is lifted; your products are visible again.`,
    ],
    { label: "Open your dashboard", url: field(data, "dashboard_url") }
  )
