import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { SellerEvents, SellerReviewedData } from "../modules/seller/events"

export default async function trackSellerRejected({
  event: { data },
  container,
}: SubscriberArgs<SellerReviewedData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "seller_rejected",
    actor_id: data.reviewer_id ?? "system",
    group: { type: "seller", id: data.id },
    properties: { seller_id: data.id, request_id: data.request_id },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.REJECTED,
  context: { subscriberId: "track-seller-rejected" },
}
