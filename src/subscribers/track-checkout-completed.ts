import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buyerActor } from "../analytics/buyer-actor"
import OrderGroupOrderLink from "../links/order-group-order"
import SellerOrderLink from "../links/seller-order"
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
}

/**
 * `checkout_completed` once per order group (the sellers' orders are tracked as
 * `order_placed`). Runs after every checkout: the orders and their sellers are read from
 * the link tables, the Order Module is not queried.
 */
export default async function trackCheckoutCompleted({
  event: { data },
  container,
}: SubscriberArgs<OrderGroupPlacedData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [queried],
  } = await query.graph({
    entity: "order_group",
    fields: ["id", "cart_id", "customer_id", "currency_code", "total"],
    filters: { id: data.id },
  })
  const group = queried as unknown as QueriedGroup | undefined
  if (!group) {
    return
  }
  const [{ data: customers }, { data: orderLinks }] = await Promise.all([
    group.customer_id
      ? query.graph({
          entity: "customer",
          fields: ["has_account"],
          filters: { id: group.customer_id },
        })
      : Promise.resolve({ data: [] as { has_account?: boolean | null }[] }),
    query.graph({
      entity: OrderGroupOrderLink.entryPoint,
      fields: ["order_id"],
      filters: { order_group_id: group.id },
    }),
  ])
  const orderIds = (orderLinks as { order_id: string }[]).map(
    (link) => link.order_id
  )
  const { data: sellerLinks } = orderIds.length
    ? await query.graph({
        entity: SellerOrderLink.entryPoint,
        fields: ["seller_id"],
        filters: { order_id: orderIds },
      })
    : { data: [] }
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
      order_count: orderIds.length,
      order_ids: orderIds,
      seller_ids: [
        ...new Set(
          (sellerLinks as { seller_id: string }[]).map((link) => link.seller_id)
        ),
      ],
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderGroupEvents.PLACED,
  context: { subscriberId: "track-checkout-completed" },
}
