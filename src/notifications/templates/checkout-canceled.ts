import { field, message, NotificationTemplate } from "./rendered-message"

/** To the customer: a checkout that could not be placed, its payment given back. data: cart_id, reason */
export const checkoutCanceled: NotificationTemplate = (data) =>
  message("Your order could not be placed", [
    "We could not complete your order after a technical problem, so nothing was ordered.",
    `The payment authorized for it is cancelled and any amount taken goes back to your original payment method (${field(data, "reason")}).`,
    `Reference: ${field(data, "cart_id")}`,
  ])
