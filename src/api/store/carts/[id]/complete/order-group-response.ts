import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { StoreOrderGroup } from "../../../../../types/http"

/** The fields of each order in the checkout response. */
export const ORDER_GROUP_ORDER_FIELDS = [
  "id",
  "display_id",
  "currency_code",
  "total",
  "seller.id",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
]

type QueriedOrder = {
  id: string
  display_id: number
  currency_code: string
  total: number
  seller?: { id: string } | null
  items?: StoreOrderGroup["orders"][number]["items"] | null
}

/**
 * `{ id, orders: [{ id, display_id, seller_id, currency_code, total, items }] }`, orders by
 * display id. `known` are the group's orders with their sellers when the caller has them
 * (the checkout that just created them): the orders are then read in one query, without
 * the group and the order ↔ seller link.
 */
export async function retrieveOrderGroupResponse(
  scope: MedusaContainer,
  groupId: string,
  known?: { id: string; seller_id: string }[]
): Promise<StoreOrderGroup> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  if (known) {
    const sellerOfOrder = new Map(
      known.map((order) => [order.id, { id: order.seller_id }])
    )
    const { data } = known.length
      ? await query.graph({
          entity: "order",
          fields: ORDER_GROUP_ORDER_FIELDS.filter(
            (field) => !field.startsWith("seller.")
          ),
          filters: { id: [...sellerOfOrder.keys()] },
        })
      : { data: [] }
    return {
      id: groupId,
      orders: toResponseOrders(
        (data as unknown as QueriedOrder[]).map((order) => ({
          ...order,
          seller: sellerOfOrder.get(order.id) ?? null,
        }))
      ),
    }
  }
  const {
    data: [group],
  } = await query.graph({
    entity: "order_group",
    fields: ["id", "orders.id"],
    filters: { id: groupId },
  })
  if (!group) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order group id not found: ${groupId}`
    )
  }
  const orderIds = (
    (group as { orders?: ({ id: string } | null)[] | null }).orders ?? []
  )
    .filter((order): order is { id: string } => !!order)
    .map((order) => order.id)
  const { data } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: ORDER_GROUP_ORDER_FIELDS,
        filters: { id: orderIds },
      })
    : { data: [] }
  // Query's generated types do not know the order ↔ seller link field.
  return {
    id: group.id,
    orders: toResponseOrders(data as unknown as QueriedOrder[]),
  }
}

function toResponseOrders(orders: QueriedOrder[]): StoreOrderGroup["orders"] {
  return orders
    .map((order) => ({
      id: order.id,
      display_id: order.display_id,
      seller_id: order.seller?.id ?? null,
      currency_code: order.currency_code,
      total: order.total,
      items: order.items ?? [],
    }))
    .sort((a, b) => a.display_id - b.display_id)
}
