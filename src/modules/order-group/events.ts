/** Events of the split checkout; subscribers depend on these names and payloads. */
export const OrderGroupEvents = {
  /** Data `{ id }`: the order group id. */
  PLACED: "order_group.placed",
} as const

export type OrderGroupPlacedData = { id: string }
