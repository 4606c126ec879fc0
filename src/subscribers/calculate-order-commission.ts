import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { calculateOrdersCommissionWorkflow } from "../workflows/commission/workflows/calculate-orders-commission"

type OrderEventData = { id?: string; order_id?: string }

/**
 * Commission follows the order: computed when it is placed and recomputed (replaced)
 * when it is edited, receives a return or is canceled. Redelivery is harmless.
 */
export default async function calculateOrderCommission({
  event: { data },
  container,
}: SubscriberArgs<OrderEventData>) {
  const orderId = data.order_id ?? data.id
  if (!orderId) {
    return
  }
  await calculateOrdersCommissionWorkflow(container).run({
    input: { order_ids: [orderId] },
  })
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.RETURN_RECEIVED,
    OrderEditWorkflowEvents.CONFIRMED,
  ],
  context: { subscriberId: "calculate-order-commission" },
}
