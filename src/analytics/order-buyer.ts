import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  AmountValue,
  decimalAmount,
} from "../workflows/common/utils/decimal-amount"
import { buyerActor } from "./buyer-actor"

export type OrderBuyer = {
  actor_id: string
  order_id: string
  display_id: number
  currency_code: string
  customer_id: string | null
  cart_id: string | null
  order_group_id: string | null
  seller_id: string | null
  /** Only when asked for (`withTotal`): computing it reads the order's lines. */
  total?: string
}

type QueriedOrder = {
  id: string
  display_id: number
  currency_code: string
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
  seller?: { id: string } | null
  order_group?: { id: string; cart_id: string } | null
  total?: AmountValue
}

/**
 * The buyer and seller of an order, for analytics: one query by primary key over the
 * order's links (customer, seller, order group); totals only when asked for.
 */
export async function orderBuyer(
  container: MedusaContainer,
  orderId: string,
  { withTotal = false } = {}
): Promise<OrderBuyer | null> {
  const {
    data: [queried],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "currency_code",
      "customer_id",
      "customer.has_account",
      "seller.id",
      "order_group.id",
      "order_group.cart_id",
      ...(withTotal ? ["total"] : []),
    ],
    filters: { id: orderId },
  })
  const order = queried as unknown as QueriedOrder | undefined
  if (!order) {
    return null
  }
  const cartId = order.order_group?.cart_id ?? null
  return {
    actor_id: buyerActor({
      customer_id: order.customer_id,
      has_account: order.customer?.has_account,
      cart_id: cartId,
    }),
    order_id: order.id,
    display_id: order.display_id,
    currency_code: order.currency_code,
    customer_id: order.customer_id ?? null,
    cart_id: cartId,
    order_group_id: order.order_group?.id ?? null,
    seller_id: order.seller?.id ?? null,
    ...(withTotal ? { total: decimalAmount(order.total).toFixed() } : {}),
  }
}
