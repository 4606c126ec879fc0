import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { RequestCreatedData, RequestEvents } from "../modules/request/events"

export default async function trackRequestCreated({
  event: { data },
  container,
}: SubscriberArgs<RequestCreatedData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "request_created",
    actor_id: data.submitted_by ?? "system",
    group: { type: "seller", id: data.seller_id },
    properties: {
      request_id: data.id,
      request_type: data.type,
      seller_id: data.seller_id,
    },
  })
}

export const config: SubscriberConfig = {
  event: RequestEvents.CREATED,
  context: { subscriberId: "track-request-created" },
}
