import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { cartResponseCache } from "../cart-response-cache"

/**
 * Safety net of the cart cache for carts changed outside the store cart routes
 * (admin tools, other workflows); the store routes already invalidated in the
 * request path before answering.
 */
export default async function invalidateCartOnCartEvent({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const cartId = event.data?.id
  if (typeof cartId === "string") {
    await cartResponseCache(container)?.invalidateCart(cartId)
  }
}

export const config: SubscriberConfig = {
  event: [
    CartWorkflowEvents.UPDATED,
    CartWorkflowEvents.CUSTOMER_UPDATED,
    CartWorkflowEvents.REGION_UPDATED,
    CartWorkflowEvents.CUSTOMER_TRANSFERRED,
  ],
  context: { subscriberId: "cart-cache-cart-changed" },
}
