import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import { SELLER_MODULE } from "../../../modules/seller"
import type { CheckoutCart } from "../types"

export type PrepareCheckoutLinksInput = {
  cart: CheckoutCart
  group_id: string
  /** The created orders, each with the seller it was created for. */
  orders: { id: string; seller_id: string; promotion_ids: string[] }[]
}

/**
 * The links a split checkout creates: seller ↔ order, group ↔ order, group ↔ the cart's
 * payment collection, and, as Medusa's complete-cart does, order ↔ cart and order ↔ the
 * promotions its own lines used. Medusa allows a payment collection on one order only,
 * which is why the payment hangs off the group.
 */
export function prepareCheckoutLinks({
  cart,
  group_id,
  orders,
}: PrepareCheckoutLinksInput) {
  const links: LinkDefinition[] = []
  for (const order of orders) {
    links.push(
      {
        [SELLER_MODULE]: { seller_id: order.seller_id },
        [Modules.ORDER]: { order_id: order.id },
      },
      {
        [ORDER_GROUP_MODULE]: { order_group_id: group_id },
        [Modules.ORDER]: { order_id: order.id },
      },
      {
        [Modules.ORDER]: { order_id: order.id },
        [Modules.CART]: { cart_id: cart.id },
      }
    )
    for (const promotionId of order.promotion_ids) {
      links.push({
        [Modules.ORDER]: { order_id: order.id },
        [Modules.PROMOTION]: { promotion_id: promotionId },
      })
    }
  }
  if (cart.payment_collection?.id) {
    links.push({
      [ORDER_GROUP_MODULE]: { order_group_id: group_id },
      [Modules.PAYMENT]: { payment_collection_id: cart.payment_collection.id },
    })
  }
  return links
}
