import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { cancelOrderGroupPaymentWorkflow } from "../workflows/order-group/workflows/cancel-order-group-payment"

/**
 * Medusa's order cancellation cancels only an order's own payment collections; the split
 * checkout's payment belongs to the group. When the last order of a group that was never
 * captured is canceled, the group's payment is canceled (Stripe: the PaymentIntent).
 */
export default async function cancelUncapturedGroupPayment({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["order_group.id"],
    filters: { id: data.id },
  })
  const groupId = (order as { order_group?: { id: string } | null } | undefined)
    ?.order_group?.id
  if (!groupId) {
    return
  }
  await cancelOrderGroupPaymentWorkflow(container).run({
    input: { order_group_id: groupId },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "cancel-uncaptured-group-payment" },
}
