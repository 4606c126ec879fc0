import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PayoutEventData, PayoutEvents } from "../modules/payout/events"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

export default async function notifySellerOfPayoutPaid({
  event: { data },
  container,
}: SubscriberArgs<PayoutEventData>) {
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.seller_id,
      template: PayoutEvents.PAID,
      resource_id: data.id,
      resource_type: "payout",
      // A payout is paid at most once: its id makes a redelivered event a no-op.
      idempotency_key: `${PayoutEvents.PAID}:${data.id}`,
      data: {
        title: "Payout sent",
        description: `${data.amount} ${data.currency_code.toUpperCase()}`,
        payout_id: data.id,
        amount: data.amount,
        currency_code: data.currency_code,
        reference: data.provider_reference ?? data.id,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: PayoutEvents.PAID,
  context: { subscriberId: "notify-seller-of-payout-paid" },
}
