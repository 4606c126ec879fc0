import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { MemberRemovedData, SellerEvents } from "../modules/seller/events"

export default async function trackMemberRemoved({
  event: { data },
  container,
}: SubscriberArgs<MemberRemovedData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "member_removed",
    actor_id: data.actor_id ?? "system",
    group: { type: "seller", id: data.seller_id },
    properties: {
      seller_id: data.seller_id,
      member_id: data.id,
      role: data.role,
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.MEMBER_REMOVED,
  context: { subscriberId: "track-member-removed" },
}
