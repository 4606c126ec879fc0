import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { notifySellerOfOrderWorkflow } from "../workflows/notifications/workflows/notify-seller-of-order"

/** Every seller order reaches its seller: email to owners and admins, feed entry. */
export default async function notifySellerOfNewOrder({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifySellerOfOrderWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "notify-seller-of-new-order" },
}
