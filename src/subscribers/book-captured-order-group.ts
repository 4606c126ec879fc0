import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  OrderGroupEvents,
  type OrderGroupPlacedData,
} from "../modules/order-group/events"
import { captureOrderGroupWorkflow } from "../workflows/order-group/workflows/capture-order-group"

/**
 * A payment captured at authorization (Stripe with STRIPE_PAYMENT_CAPTURE=automatic) is
 * attributed to the group's orders and booked in the sellers' ledgers as the admin's group
 * capture does; the capture workflow skips the capture itself and is safe to repeat (the
 * `succeeded` webhook runs it too).
 */
export default async function bookCapturedOrderGroup({
  event: { data },
  container,
}: SubscriberArgs<OrderGroupPlacedData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({
    entity: "order_group",
    fields: ["payment_collection.payments.captured_at"],
    filters: { id: data.id },
  })
  const payments =
    (
      group as
        | { payment_collection?: { payments?: { captured_at?: unknown }[] } }
        | undefined
    )?.payment_collection?.payments ?? []
  if (!payments.some((payment) => payment.captured_at)) {
    return
  }
  await captureOrderGroupWorkflow(container).run({
    input: { order_group_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: OrderGroupEvents.PLACED,
  context: { subscriberId: "book-captured-order-group" },
}
