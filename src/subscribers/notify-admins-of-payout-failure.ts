import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PayoutEventData, PayoutEvents } from "../modules/payout/events"
import { notifyAdminsWorkflow } from "../workflows/notifications/workflows/notify-admins"

export default async function notifyAdminsOfPayoutFailure({
  event: { data },
  container,
}: SubscriberArgs<PayoutEventData>) {
  await notifyAdminsWorkflow(container).run({
    input: {
      template: PayoutEvents.FAILED,
      resource_id: data.id,
      resource_type: "payout",
      idempotency_key: `${PayoutEvents.FAILED}:admins:${data.id}`,
      data: {
        title: `Payout ${data.id} failed`,
        description: data.reason ?? "",
        payout_id: data.id,
        seller_id: data.seller_id,
        amount: data.amount,
        currency_code: data.currency_code,
        reason: data.reason ?? null,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: PayoutEvents.FAILED,
  context: { subscriberId: "notify-admins-of-payout-failure" },
}
