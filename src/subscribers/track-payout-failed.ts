import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { PayoutEventData, PayoutEvents } from "../modules/payout/events"

export default async function trackPayoutFailed({
  event: { data },
  container,
}: SubscriberArgs<PayoutEventData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "payout_failed",
    actor_id: "system",
    group: { type: "seller", id: data.seller_id },
    properties: { ...data },
  })
}

export const config: SubscriberConfig = {
  event: PayoutEvents.FAILED,
  context: { subscriberId: "track-payout-failed" },
}
