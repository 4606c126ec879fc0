import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerEvents, SellerStatusChangedData } from "../modules/seller/events"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

export default async function notifySellerOfReinstatement({
  event: { data },
  container,
}: SubscriberArgs<SellerStatusChangedData>) {
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.id,
      template: SellerEvents.REINSTATED,
      resource_id: data.id,
      resource_type: "seller",
      idempotency_key: `${SellerEvents.REINSTATED}:${data.id}:${data.occurred_at}`,
      data: {
        title: "Your seller account is active again",
        description: data.reason ?? "",
        reason: data.reason,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.REINSTATED,
  context: { subscriberId: "notify-seller-of-reinstatement" },
}
