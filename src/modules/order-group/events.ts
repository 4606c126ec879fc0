/** Events of the split checkout; subscribers depend on these names and payloads. */
export const OrderGroupEvents = {
  /** Data `{ id }`: the order group id. */
  PLACED: "order_group.placed",
} as const

export type OrderGroupPlacedData = { id: string }

/**
 * Data of Medusa's `payment.refunded` when a seller order is refunded out of the group's
 * payment: Medusa's `{ id }` (the payment) plus which order got how much back.
 */
export type SellerOrderRefundedData = {
  id: string
  order_id: string
  refund_id: string
  /** Main-unit decimal string. */
  amount: string
  currency_code: string
}
