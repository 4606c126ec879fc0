import {
  field,
  message,
  NotificationTemplate,
  TemplateData,
} from "./rendered-message"

export type OrderLine = {
  title: string
  quantity: number | string
  total: string
}

/**
 * To the seller's owners and admins: a customer ordered. data: seller_name,
 * order_display_id, currency_code, items [{ title, quantity, total }], subtotal,
 * shipping_total, tax_total, discount_total, total, order_url
 */
export const orderPlaced: NotificationTemplate = (data) => {
  const currency = field(data, "currency_code").toUpperCase()
  return message(
    `New order #${field(data, "order_display_id")}`,
    [
      `${field(data, "seller_name")}, you received order #${field(data, "order_display_id")}` +
        (field(data, "total")
          ? ` of ${field(data, "total")} ${currency}.`
          : "."),
      ...orderLines(data, currency),
      ...orderTotals(data, currency),
      "Fulfil it from your dashboard.",
    ],
    { label: "Open the order", url: field(data, "order_url") }
  )
}

/** One paragraph per item: "2 × Alpha tee — 39.98 EUR". */
export function orderLines(data: TemplateData, currency: string): string[] {
  const items = Array.isArray(data.items) ? (data.items as OrderLine[]) : []
  return items.map(
    (item) => `${item.quantity} × ${item.title} — ${item.total} ${currency}`
  )
}

/** Subtotal, shipping, discount and tax lines, then the total, each when present. */
export function orderTotals(data: TemplateData, currency: string): string[] {
  const labels: [string, string][] = [
    ["subtotal", "Subtotal"],
    ["shipping_total", "Shipping"],
    ["discount_total", "Discount"],
    ["tax_total", "Tax"],
    ["total", "Total"],
  ]
  return labels
    .filter(([name]) => field(data, name) !== "")
    .map(([name, label]) => `${label}: ${field(data, name)} ${currency}`)
}
