import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PayoutEventData, PayoutEvents } from "../modules/payout/events"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

export default async function notifySellerOfPayoutFailure({
  event: { data },
  container,
}: SubscriberArgs<PayoutEventData>) {
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.seller_id,
      template: PayoutEvents.FAILED,
      resource_id: data.id,
      resource_type: "payout",
      // `failed` is final: one notification per payout.
      idempotency_key: `${PayoutEvents.FAILED}:${data.id}`,
      data: {
        title: "Payout failed",
        description: data.reason ?? "",
        payout_id: data.id,
        amount: data.amount,
        currency_code: data.currency_code,
        reason: data.reason ?? null,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: PayoutEvents.FAILED,
  context: { subscriberId: "notify-seller-of-payout-failure" },
}
