import { allowedFields } from "../allowed-fields"

export const vendorOrderListFields = [
  "id",
  "display_id",
  "status",
  "email",
  "currency_code",
  "total",
  "subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "created_at",
  "updated_at",
]

export const vendorOrderFields = [
  ...vendorOrderListFields,
  "region_id",
  "customer_id",
  "item_total",
  "canceled_at",
  "metadata",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.created_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

export const listTransformQueryConfig = {
  defaults: vendorOrderListFields,
  allowed: allowedFields(vendorOrderFields),
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: vendorOrderFields,
  allowed: allowedFields(vendorOrderFields),
  isList: false,
}
