import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { PayoutEventData, PayoutEvents } from "../modules/payout/events"

export default async function trackPayoutPaid({
  event: { data },
  container,
}: SubscriberArgs<PayoutEventData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "payout_paid",
    actor_id: "system",
    group: { type: "seller", id: data.seller_id },
    properties: { ...data },
  })
}

export const config: SubscriberConfig = {
  event: PayoutEvents.PAID,
  context: { subscriberId: "track-payout-paid" },
}
