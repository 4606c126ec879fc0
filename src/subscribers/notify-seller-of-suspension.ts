import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerEvents, SellerStatusChangedData } from "../modules/seller/events"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

export default async function notifySellerOfSuspension({
  event: { data },
  container,
}: SubscriberArgs<SellerStatusChangedData>) {
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.id,
      template: SellerEvents.SUSPENDED,
      resource_id: data.id,
      resource_type: "seller",
      idempotency_key: `${SellerEvents.SUSPENDED}:${data.id}:${data.occurred_at}`,
      data: {
        title: "Your seller account is suspended",
        description: data.reason ?? "",
        reason: data.reason,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.SUSPENDED,
  context: { subscriberId: "notify-seller-of-suspension" },
}
