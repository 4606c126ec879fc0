import { field, message, NotificationTemplate } from "./rendered-message"

/** To the seller: a customer ordered. data: seller_name, order_display_id, total, currency_code, order_url */
export const orderPlaced: NotificationTemplate = (data) =>
  message(
    `New order #${field(data, "order_display_id")}`,
    [
      `${field(data, "seller_name")}, you received order #${field(data, "order_display_id")}` +
        (field(data, "total") ? ` of ${field(data, "total")} ${field(data, "currency_code").toUpperCase()}.` : "."),
      "Fulfil it from your dashboard.",
    ],
    { label: "Open the order", url: field(data, "order_url") }
  )
