import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  OrderGroupEvents,
  OrderGroupPlacedData,
} from "../modules/order-group/events"
import { notifyCustomerOfOrderGroupWorkflow } from "../workflows/notifications/workflows/notify-customer-of-order-group"

/** The customer gets one confirmation for the whole checkout, not one per seller order. */
export default async function notifyCustomerOfOrderGroup({
  event: { data },
  container,
}: SubscriberArgs<OrderGroupPlacedData>) {
  await notifyCustomerOfOrderGroupWorkflow(container).run({
    input: { order_group_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: OrderGroupEvents.PLACED,
  context: { subscriberId: "notify-customer-of-order-group" },
}
