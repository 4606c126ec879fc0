import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { trackBuyerEvent } from "../analytics/track-buyer-event"
import { ReviewEventData, ReviewEvents } from "../modules/review/events"

export default async function trackReviewCreated({
  event: { data },
  container,
}: SubscriberArgs<ReviewEventData>) {
  await trackBuyerEvent(container, {
    name: "review_created",
    actor_id: data.customer_id,
    seller_id: data.seller_id,
    properties: {
      review_id: data.id,
      reference: data.reference,
      reference_id: data.reference_id,
      rating: data.rating,
      status: data.status,
    },
  })
}

export const config: SubscriberConfig = {
  event: ReviewEvents.CREATED,
  context: { subscriberId: "track-review-created" },
}
