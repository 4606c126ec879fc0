import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { orderBuyer } from "../analytics/order-buyer"
import { trackBuyerEvent } from "../analytics/track-buyer-event"

/** `return_received`: the buyer as actor, the order's seller as group. */
export default async function trackReturnReceived({
  event: { data },
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const buyer = await orderBuyer(container, data.order_id)
  if (!buyer) {
    return
  }
  const { actor_id, ...properties } = buyer
  await trackBuyerEvent(container, {
    name: "return_received",
    actor_id,
    seller_id: buyer.seller_id,
    properties: { ...properties, return_id: data.return_id },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "track-return-received" },
}
