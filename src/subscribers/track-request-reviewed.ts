import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { RequestEvents, RequestReviewedData } from "../modules/request/events"

export default async function trackRequestReviewed({
  event: { data },
  container,
}: SubscriberArgs<RequestReviewedData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "request_reviewed",
    actor_id: data.reviewer_id ?? "system",
    group: { type: "seller", id: data.seller_id },
    properties: {
      request_id: data.id,
      request_type: data.type,
      seller_id: data.seller_id,
      status: data.status,
    },
  })
}

export const config: SubscriberConfig = {
  event: [RequestEvents.ACCEPTED, RequestEvents.REJECTED],
  context: { subscriberId: "track-request-reviewed" },
}
