import { field, message, NotificationTemplate } from "./rendered-message"

/** To the customer: money went back. data: order_display_id, amount, currency_code, seller_name */
export const paymentRefunded: NotificationTemplate = (data) =>
  message(
    `Refund of ${field(data, "amount")} ${field(data, "currency_code").toUpperCase()} for order #${field(data, "order_display_id")}`,
    [
      `${field(data, "seller_name") || "The seller"} refunded ${field(data, "amount")} ${field(data, "currency_code").toUpperCase()} of order #${field(data, "order_display_id")}.`,
      "It goes back to your original payment method; your bank may take a few days to show it.",
    ]
  )
