import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentEvents, InventoryEvents } from "@medusajs/framework/utils"
import { cartResponseCache } from "../cart-response-cache"

const FULFILLMENT_SETUP = [
  "fulfillment-set",
  "service-zone",
  "geo-zone",
  "shipping-option",
  "shipping-option-type",
  "shipping-option-rule",
  "shipping-profile",
]

/**
 * What the shipping options of a cart show besides the cart: stock at the sellers'
 * locations (`insufficient_inventory`, reservations included) and the shipping setup
 * (sets, zones, options and their rules). Module events of the Inventory and
 * Fulfillment Modules orphan every cart's cached options (the shipping token); fulfilments
 * of orders do not.
 */
export const SHIPPING_OPTION_EVENTS = [
  ...Object.values(InventoryEvents),
  ...Object.values(FulfillmentEvents).filter((event) =>
    FULFILLMENT_SETUP.some((entity) =>
      event.startsWith(`fulfillment.${entity}.`)
    )
  ),
]

export default async function invalidateShippingOptionsOnStockChange({
  container,
}: SubscriberArgs<unknown>) {
  await cartResponseCache(container)?.invalidateShippingOptions()
}

export const config: SubscriberConfig = {
  event: SHIPPING_OPTION_EVENTS,
  context: { subscriberId: "cart-cache-shipping-changed" },
}
