/**
 * What `fields=` may select on a vendor route: exactly its default fields (a `*relation`
 * default allows that relation). Anything else — `*seller`, `order_group.orders`,
 * `customer.orders`, `sales_channels.stock_locations`... — reaches other sellers' data
 * through links, so Medusa drops it (AllowedFieldFilter matches whole paths only).
 */
export function allowedFields(defaults: string[]): string[] {
  return defaults.map((field) => field.replace(/^\*/, ""))
}
