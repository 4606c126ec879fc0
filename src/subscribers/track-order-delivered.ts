import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  FulfillmentWorkflowEvents,
} from "@medusajs/framework/utils"
import { orderBuyer } from "../analytics/order-buyer"
import { trackBuyerEvent } from "../analytics/track-buyer-event"

/**
 * `order_delivered` when a fulfillment is marked delivered: the moment the buyer can judge
 * what they received (the cue for review prompts). The buyer as actor, the seller as group.
 */
export default async function trackOrderDelivered({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const {
    data: [fulfillment],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["id", "order.id"],
    filters: { id: data.id },
  })
  const orderId = (fulfillment as { order?: { id: string } | null } | undefined)
    ?.order?.id
  const buyer = orderId ? await orderBuyer(container, orderId) : null
  if (!buyer) {
    return
  }
  const { actor_id, ...properties } = buyer
  await trackBuyerEvent(container, {
    name: "order_delivered",
    actor_id,
    seller_id: buyer.seller_id,
    properties: { ...properties, fulfillment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.DELIVERY_CREATED,
  context: { subscriberId: "track-order-delivered" },
}
