import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerEvents, SellerReviewedData } from "../modules/seller/events"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

export default async function notifySellerOfApproval({
  event: { data },
  container,
}: SubscriberArgs<SellerReviewedData>) {
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.id,
      template: SellerEvents.APPROVED,
      resource_id: data.id,
      resource_type: "seller",
      idempotency_key: `${SellerEvents.APPROVED}:${data.request_id}`,
      data: {
        title: "Your seller account is approved",
        description: "You can now publish products and receive orders.",
        note: data.note,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.APPROVED,
  context: { subscriberId: "notify-seller-of-approval" },
}
