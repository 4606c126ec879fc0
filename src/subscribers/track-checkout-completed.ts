import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buyerActor } from "../analytics/buyer-actor"
import { trackBuyerEvent } from "../analytics/track-buyer-event"
import {
  OrderGroupEvents,
  OrderGroupPlacedData,
} from "../modules/order-group/events"
import {
  AmountValue,
  decimalAmount,
} from "../workflows/common/utils/decimal-amount"

type QueriedGroup = {
  id: string
  cart_id: string
  customer_id?: string | null
  currency_code: string
  total: AmountValue
  orders?: ({ id: string; seller?: { id: string } | null } | null)[] | null
}

/** `checkout_completed` once per order group (the sellers' orders are tracked as `order_placed`). */
export default async function trackCheckoutCompleted({
  event: { data },
  container,
}: SubscriberArgs<OrderGroupPlacedData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [queried],
  } = await query.graph({
    entity: "order_group",
    fields: [
      "id",
      "cart_id",
      "customer_id",
      "currency_code",
      "total",
      "orders.id",
      "orders.seller.id",
    ],
    filters: { id: data.id },
  })
  const group = queried as unknown as QueriedGroup | undefined
  if (!group) {
    return
  }
  const { data: customers } = group.customer_id
    ? await query.graph({
        entity: "customer",
        fields: ["has_account"],
        filters: { id: group.customer_id },
      })
    : { data: [] as { has_account?: boolean | null }[] }
  const orders = (group.orders ?? []).filter(
    (order): order is NonNullable<typeof order> => !!order
  )
  await trackBuyerEvent(container, {
    name: "checkout_completed",
    actor_id: buyerActor({
      customer_id: group.customer_id,
      has_account: customers[0]?.has_account,
      cart_id: group.cart_id,
    }),
    properties: {
      order_group_id: group.id,
      cart_id: group.cart_id,
      customer_id: group.customer_id ?? null,
      currency_code: group.currency_code,
      total: decimalAmount(group.total).toFixed(),
      order_count: orders.length,
      order_ids: orders.map((order) => order.id),
      seller_ids: [
        ...new Set(
          orders.flatMap((order) => (order.seller ? [order.seller.id] : []))
        ),
      ],
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderGroupEvents.PLACED,
  context: { subscriberId: "track-checkout-completed" },
}
