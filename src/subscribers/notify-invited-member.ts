import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendNotifications } from "../notifications/send-notifications"
import { SELLER_MODULE, SellerModuleService } from "../modules/seller"
import { MemberInvitedData, SellerEvents } from "../modules/seller/events"
import { hashInviteToken } from "../workflows/seller/utils/invite-token"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

/**
 * The invitee gets the email with the token (the only place it exists in clear);
 * the seller's team gets an email + feed entry without it. A resent invite has a new
 * token, which is what tells its notifications apart from the first ones (a redelivered
 * event has the same token and sends nothing twice).
 */
export default async function notifyInvitedMember({
  event: { data },
  container,
}: SubscriberArgs<MemberInvitedData>) {
  const { panelUrl } = container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .getSettings()
  const key = `${SellerEvents.MEMBER_INVITED}:${data.id}:${hashInviteToken(data.token).slice(0, 16)}`
  await sendNotifications(container, [
    {
      to: data.email,
      channel: "email",
      template: SellerEvents.MEMBER_INVITED,
      trigger_type: SellerEvents.MEMBER_INVITED,
      resource_id: data.id,
      resource_type: "seller_invite",
      receiver_id: data.email,
      idempotency_key: `${key}:invitee:email`,
      data: {
        seller_id: data.seller_id,
        role: data.role,
        token: data.token,
        expires_at: data.expires_at,
        // The seller panel's accept page: it registers the invitee and accepts the token.
        invite_url: `${panelUrl}/invite?token=${encodeURIComponent(data.token)}&email=${encodeURIComponent(data.email)}`,
      },
    },
  ])
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.seller_id,
      template: SellerEvents.MEMBER_INVITED,
      resource_id: data.id,
      resource_type: "seller_invite",
      idempotency_key: `${key}:seller`,
      data: {
        title: "Team invitation sent",
        description: `${data.email} was invited as ${data.role}`,
        email: data.email,
        role: data.role,
        expires_at: data.expires_at,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.MEMBER_INVITED,
  context: { subscriberId: "notify-invited-member" },
}
