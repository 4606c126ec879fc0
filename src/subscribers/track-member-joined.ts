import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { MemberJoinedData, SellerEvents } from "../modules/seller/events"

export default async function trackMemberJoined({
  event: { data },
  container,
}: SubscriberArgs<MemberJoinedData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "member_joined",
    actor_id: data.id,
    group: { type: "seller", id: data.seller_id },
    properties: {
      seller_id: data.seller_id,
      member_id: data.id,
      role: data.role,
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.MEMBER_JOINED,
  context: { subscriberId: "track-member-joined" },
}
