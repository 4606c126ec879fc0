import { allowedFields } from "../allowed-fields"

export const vendorReturnFields = [
  "id",
  "display_id",
  "order_id",
  "status",
  "location_id",
  "no_notification",
  "refund_amount",
  "metadata",
  "requested_at",
  "received_at",
  "canceled_at",
  "created_at",
  "updated_at",
  "order.id",
  "order.display_id",
  "items.id",
  "items.item_id",
  "items.quantity",
  "items.received_quantity",
  "items.damaged_quantity",
  "items.reason_id",
  "items.note",
  "items.item.title",
  "items.item.variant_title",
  "items.item.variant_sku",
]

export const listTransformQueryConfig = {
  defaults: vendorReturnFields,
  allowed: allowedFields(vendorReturnFields),
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: vendorReturnFields,
  allowed: allowedFields(vendorReturnFields),
  isList: false,
}
