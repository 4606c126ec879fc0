import { field, message, NotificationTemplate } from "./rendered-message"

/** To the customer: the seller received returned items. data: order_display_id, seller_name, quantity */
export const orderReturnReceived: NotificationTemplate = (data) =>
  message(
    `We received your return for order #${field(data, "order_display_id")}`,
    [
      `${field(data, "seller_name") || "The seller"} received ${field(data, "quantity")} returned item(s) of order #${field(data, "order_display_id")}.`,
      "Any refund due is sent to your original payment method.",
    ]
  )
