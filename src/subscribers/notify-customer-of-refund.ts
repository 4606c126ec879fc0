import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  PaymentEvents,
} from "@medusajs/framework/utils"
import type { SellerOrderRefundedData } from "../modules/order-group/events"
import { sendNotifications } from "../notifications/send-notifications"

export const PAYMENT_REFUNDED_TEMPLATE = "payment.refunded"

/**
 * Emails the customer what a seller order gave back (a goodwill refund, a received return,
 * a cancellation after capture), once per refund. `payment.refunded` events without an
 * order (Medusa's own, for payments of no seller order) are left alone.
 */
export default async function notifyCustomerOfRefund({
  event: { data },
  container,
}: SubscriberArgs<Partial<SellerOrderRefundedData> & { id: string }>) {
  if (!data.order_id || !data.refund_id) {
    return
  }
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
      "seller.id",
      "seller.name",
    ],
    filters: { id: data.order_id },
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
      template: PAYMENT_REFUNDED_TEMPLATE,
      trigger_type: PAYMENT_REFUNDED_TEMPLATE,
      resource_id: order.id,
      resource_type: "order",
      receiver_id: order.customer_id ?? undefined,
      idempotency_key: `${PAYMENT_REFUNDED_TEMPLATE}:${data.refund_id}:email`,
      data: {
        order_id: order.id,
        order_display_id: order.display_id,
        refund_id: data.refund_id,
        amount: data.amount,
        currency_code: data.currency_code,
        seller_name: seller?.name ?? null,
      },
    },
  ])
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "notify-customer-of-refund" },
}
