import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { SellerEvents, SellerRegisteredData } from "../modules/seller/events"

export default async function trackSellerRegistered({
  event: { data },
  container,
}: SubscriberArgs<SellerRegisteredData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "seller_registered",
    actor_id: data.member_id,
    group: { type: "seller", id: data.id },
    properties: { seller_id: data.id, request_id: data.request_id },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.REGISTERED,
  context: { subscriberId: "track-seller-registered" },
}
