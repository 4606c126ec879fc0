import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { MemberRoleChangedData, SellerEvents } from "../modules/seller/events"

export default async function trackMemberRoleChanged({
  event: { data },
  container,
}: SubscriberArgs<MemberRoleChangedData>) {
  await container.resolve(Modules.ANALYTICS).track({
    event: "member_role_changed",
    actor_id: data.actor_id ?? "system",
    group: { type: "seller", id: data.seller_id },
    properties: {
      seller_id: data.seller_id,
      member_id: data.id,
      role: data.role,
      previous_role: data.previous_role,
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.MEMBER_ROLE_CHANGED,
  context: { subscriberId: "track-member-role-changed" },
}
