import { orderLines } from "./order-placed"
import {
  field,
  message,
  NotificationTemplate,
  TemplateData,
} from "./rendered-message"

type SellerOrder = TemplateData & {
  display_id: number | string
  seller_name: string
  total: string
}

/**
 * To the customer: one confirmation for a whole checkout, listing each seller's order.
 * data: currency_code, total, orders [{ display_id, seller_name, items, total }], order_group_url
 */
export const orderGroupPlaced: NotificationTemplate = (data) => {
  const currency = field(data, "currency_code").toUpperCase()
  const orders = Array.isArray(data.orders)
    ? (data.orders as SellerOrder[])
    : []
  return message(
    orders.length > 1
      ? `Your order from ${orders.length} sellers is confirmed`
      : "Your order is confirmed",
    [
      `Thank you for your order of ${field(data, "total")} ${currency}.`,
      ...orders.flatMap((order) => [
        `Order #${order.display_id} from ${order.seller_name}: ${order.total} ${currency}`,
        ...orderLines(order, currency),
      ]),
      orders.length > 1 ? "Each seller ships its own order." : "",
    ],
    { label: "View your order", url: field(data, "order_group_url") }
  )
}
