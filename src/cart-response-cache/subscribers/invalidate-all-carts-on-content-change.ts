import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  CustomerWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  RegionWorkflowEvents,
  ShippingOptionWorkflowEvents,
} from "@medusajs/framework/utils"
import { cartResponseCache } from "../cart-response-cache"

/**
 * Content a cart response shows without being part of the cart: the products and
 * variants of its items, its region, its promotions, its customer, its shipping
 * options, and (once sellers sell) their sellers; and the region reads cached beside
 * the cart (the region's payment providers). Such a change invalidates every
 * cached cart at once (the shared epoch token): rarer than cart writes, and it
 * needs no index of which carts show what.
 *
 * Prices are not here on purpose: a cart shows the unit price copied into its line
 * item, which only changes through a cart mutation (refresh), invalidated there.
 */
export const CART_CONTENT_EVENTS = [
  ProductWorkflowEvents.UPDATED,
  ProductWorkflowEvents.DELETED,
  ProductVariantWorkflowEvents.UPDATED,
  ProductVariantWorkflowEvents.DELETED,
  RegionWorkflowEvents.CREATED,
  RegionWorkflowEvents.UPDATED,
  RegionWorkflowEvents.DELETED,
  CustomerWorkflowEvents.UPDATED,
  CustomerWorkflowEvents.DELETED,
  ShippingOptionWorkflowEvents.UPDATED,
  ShippingOptionWorkflowEvents.DELETED,
  // The Promotion Module emits module events only.
  "promotion.promotion.updated",
  "promotion.promotion.deleted",
  "promotion.application-method.updated",
  // Sellers: a suspended seller's items change status.
  "seller.approved",
  "seller.suspended",
  "seller.reinstated",
  "seller.rejected",
  "seller.updated",
]

export default async function invalidateAllCartsOnContentChange({
  container,
}: SubscriberArgs<unknown>) {
  await cartResponseCache(container)?.invalidateAllCarts()
}

export const config: SubscriberConfig = {
  event: CART_CONTENT_EVENTS,
  context: { subscriberId: "cart-cache-content-changed" },
}
