/** Cart events the marketplace adds to Medusa's (which only says `cart.updated`). */
export const MarketplaceCartEvents = {
  /** Data: CartItemsAddedData. Emitted only when adding the items succeeded. */
  ITEMS_ADDED: "cart.items_added",
} as const

export type CartItemsAddedData = {
  cart_id: string
  customer_id: string | null
  items: { variant_id: string; quantity: number }[]
}
