import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { orderBuyer } from "../analytics/order-buyer"
import { trackBuyerEvent } from "../analytics/track-buyer-event"

/** `order_placed` per seller order: the buyer as actor, the seller as group. */
export default async function trackOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const buyer = await orderBuyer(container, data.id, { withTotal: true })
  if (!buyer) {
    return
  }
  const { actor_id, ...properties } = buyer
  await trackBuyerEvent(container, {
    name: "order_placed",
    actor_id,
    seller_id: buyer.seller_id,
    properties,
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "track-order-placed" },
}
