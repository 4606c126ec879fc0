import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { SELLER_MODULE, SellerModuleService } from "../modules/seller"
import { sendNotifications } from "../notifications/send-notifications"

type PasswordResetData = {
  entity_id: string
  actor_type: string
  token: string
}

/**
 * Medusa's reset flow for the `seller` actor: the reset token goes by email, linking to
 * the seller panel's reset page. A redelivered event has the same token and sends nothing twice.
 */
export default async function notifySellerOfPasswordReset({
  event: { data },
  container,
}: SubscriberArgs<PasswordResetData>) {
  if (data.actor_type !== "seller") {
    return
  }
  const { panelUrl } = container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .getSettings()
  const tokenHash = createHash("sha256").update(data.token).digest("hex")
  await sendNotifications(container, [
    {
      to: data.entity_id,
      channel: "email",
      template: AuthWorkflowEvents.PASSWORD_RESET,
      trigger_type: AuthWorkflowEvents.PASSWORD_RESET,
      resource_type: "auth_identity",
      receiver_id: data.entity_id,
      idempotency_key: `${AuthWorkflowEvents.PASSWORD_RESET}:seller:${tokenHash.slice(0, 32)}`,
      data: {
        reset_url: `${panelUrl}/reset-password?token=${encodeURIComponent(data.token)}&email=${encodeURIComponent(data.entity_id)}`,
      },
    },
  ])
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "notify-seller-of-password-reset" },
}
