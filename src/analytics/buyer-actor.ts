/**
 * Who a buyer is in analytics: the customer id of a registered customer, else the cart id.
 * Medusa gives guests a customer record too (one per email, without an account); the cart
 * id keeps a guest's whole path — cart, items, checkout, orders — under one actor.
 */
export function buyerActor(buyer: {
  customer_id?: string | null
  has_account?: boolean | null
  cart_id?: string | null
}): string {
  if (buyer.customer_id && buyer.has_account) {
    return buyer.customer_id
  }
  return buyer.cart_id ?? buyer.customer_id ?? "anonymous"
}
