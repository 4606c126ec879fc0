import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerEvents, SellerReviewedData } from "../modules/seller/events"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

export default async function notifySellerOfRejection({
  event: { data },
  container,
}: SubscriberArgs<SellerReviewedData>) {
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.id,
      template: SellerEvents.REJECTED,
      resource_id: data.id,
      resource_type: "seller",
      idempotency_key: `${SellerEvents.REJECTED}:${data.request_id}`,
      data: {
        title: "Your seller registration was rejected",
        description: data.note ?? "",
        note: data.note,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.REJECTED,
  context: { subscriberId: "notify-seller-of-rejection" },
}
