import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { sendNotifications } from "../notifications/send-notifications"

export const ORDER_RETURN_RECEIVED_TEMPLATE = "order.return_received"

type ReturnReceivedData = { order_id: string; return_id: string }

/**
 * Emails the customer when the seller received returned items. A return can arrive in
 * several parcels: the idempotency key carries how many units were received so far, so
 * each receipt is told once and a redelivered event sends nothing.
 */
export default async function notifyCustomerOfReturnReceived({
  event: { data },
  container,
}: SubscriberArgs<ReturnReceivedData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [orderReturn],
  } = await query.graph({
    entity: "return",
    fields: ["id", "no_notification", "items.received_quantity"],
    filters: { id: data.return_id },
  })
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "customer_id",
      "seller.id",
      "seller.name",
    ],
    filters: { id: data.order_id },
  })
  if (!orderReturn || orderReturn.no_notification || !order?.email) {
    return
  }
  type Item = { received_quantity?: unknown } | null
  const received = ((orderReturn.items ?? []) as Item[]).reduce(
    (sum, item) => sum + Number(item?.received_quantity ?? 0),
    0
  )
  // The seller↔order link is not part of the generated Order type.
  const seller =
    (order as { seller?: { id: string; name: string } | null }).seller ?? null
  await sendNotifications(container, [
    {
      to: order.email,
      channel: "email",
      template: ORDER_RETURN_RECEIVED_TEMPLATE,
      trigger_type: ORDER_RETURN_RECEIVED_TEMPLATE,
      resource_id: orderReturn.id,
      resource_type: "return",
      receiver_id: order.customer_id ?? undefined,
      idempotency_key: `${ORDER_RETURN_RECEIVED_TEMPLATE}:${orderReturn.id}:${received}:email`,
      data: {
        order_id: order.id,
        order_display_id: order.display_id,
        return_id: orderReturn.id,
        quantity: received,
        seller_name: seller?.name ?? null,
      },
    },
  ])
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "notify-customer-of-return-received" },
}
