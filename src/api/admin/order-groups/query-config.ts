export const adminOrderGroupFields = [
  "id",
  "cart_id",
  "customer_id",
  "currency_code",
  "subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "total",
  "created_at",
  "orders.id",
  "orders.display_id",
  "orders.status",
  "orders.payment_status",
  "orders.currency_code",
  "orders.total",
  "orders.email",
  "orders.seller.id",
  "orders.seller.name",
  "payment_collection.id",
  "payment_collection.status",
  "payment_collection.amount",
  "payment_collection.captured_amount",
  "payment_collection.refunded_amount",
]

export const retrieveTransformQueryConfig = {
  defaults: adminOrderGroupFields,
  isList: false,
}

export const adminOrderGroupListFields = [
  "id",
  "customer_id",
  "currency_code",
  "total",
  "created_at",
  "orders.id",
  "orders.display_id",
  "orders.email",
  "orders.seller.id",
  "orders.seller.name",
  "payment_collection.id",
  "payment_collection.status",
]

export const listTransformQueryConfig = {
  defaults: adminOrderGroupListFields,
  defaultLimit: 20,
  isList: true,
}
