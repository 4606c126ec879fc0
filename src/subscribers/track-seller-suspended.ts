import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { SellerEvents, SellerStatusChangedData } from "../modules/seller/events"

export default async function trackSellerSuspended({
  event: { data },
  container,
}: SubscriberArgs<SellerStatusChangedData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "seller_suspended",
    actor_id: data.actor_id ?? "system",
    group: { type: "seller", id: data.id },
    properties: { seller_id: data.id, reason: data.reason },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.SUSPENDED,
  context: { subscriberId: "track-seller-suspended" },
}
