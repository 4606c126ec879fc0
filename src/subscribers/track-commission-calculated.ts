import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import {
  CommissionCalculatedData,
  CommissionEvents,
} from "../modules/commission/events"

export default async function trackCommissionCalculated({
  event: { data },
  container,
}: SubscriberArgs<CommissionCalculatedData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "commission_calculated",
    actor_id: "system",
    group: { type: "seller", id: data.seller_id },
    properties: { ...data },
  })
}

export const config: SubscriberConfig = {
  event: CommissionEvents.CALCULATED,
  context: { subscriberId: "track-commission-calculated" },
}
