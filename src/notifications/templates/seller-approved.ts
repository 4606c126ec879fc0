import { field, message, NotificationTemplate } from "./rendered-message"

/** To the seller: the registration was approved. data: seller_name, dashboard_url */
export const sellerApproved: NotificationTemplate = (data) =>
  message(
    "Your seller account is approved",
    [
      `Welcome, ${field(data, "seller_name")}: your store is open and you can publish products.`,
    ],
    { label: "Open your dashboard", url: field(data, "dashboard_url") }
  )
