import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendNotifications } from "../notifications/send-notifications"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const ORDER_CANCELED_TEMPLATE = "order.canceled"

/**
 * Emails the customer when an order is canceled (by its seller or an admin). The
 * idempotency key is per order: an order is canceled once, so a redelivered event
 * sends nothing twice.
 */
export default async function notifyCustomerOfOrderCancellation({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "customer_id",
      "currency_code",
      "total",
      "seller.id",
      "seller.name",
    ],
    filters: { id: data.id },
  })
  if (!order?.email) {
    return
  }
  // The seller↔order link is not part of the generated Order type.
  const seller =
    (order as { seller?: { id: string; name: string } | null }).seller ?? null
  await sendNotifications(container, [
    {
      to: order.email,
      channel: "email",
      template: ORDER_CANCELED_TEMPLATE,
      trigger_type: ORDER_CANCELED_TEMPLATE,
      resource_id: order.id,
      resource_type: "order",
      receiver_id: order.customer_id ?? undefined,
      idempotency_key: `${ORDER_CANCELED_TEMPLATE}:${order.id}:email`,
      data: {
        order: {
          id: order.id,
          display_id: order.display_id,
          total: order.total,
          currency_code: order.currency_code,
        },
        seller: seller ? { id: seller.id, name: seller.name } : null,
      },
    },
  ])
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "notify-customer-of-order-cancellation" },
}
