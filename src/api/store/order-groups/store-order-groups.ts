import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreCustomerOrderGroup } from "../../../types/http"

/** What a storefront shows of each seller order of a group: no seller contact data, no other customer's. */
export const STORE_ORDER_GROUP_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "email",
  "currency_code",
  "subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "total",
  "created_at",
  "seller.id",
  "seller.name",
  "seller.handle",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.thumbnail",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.tax_total",
  "items.discount_total",
  "items.total",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.company",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_address.province",
  "shipping_address.country_code",
]

const GROUP_FIELDS = [
  "id",
  "currency_code",
  "subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "total",
  "created_at",
  "orders.id",
]

type QueriedGroup = Record<string, unknown> & {
  id: string
  orders?: ({ id: string } | null)[] | null
}
type QueriedOrder = Record<string, unknown> & { id: string; display_id: number }

/**
 * Order groups with their seller orders (orders by display id), in the order of `ids`:
 * two queries whatever the number of groups.
 */
export async function listStoreOrderGroups(
  scope: MedusaContainer,
  ids: string[]
): Promise<StoreCustomerOrderGroup[]> {
  if (!ids.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: GROUP_FIELDS,
    filters: { id: ids },
  })
  const orderIds = (groups as QueriedGroup[]).flatMap((group) =>
    (group.orders ?? [])
      .filter((order): order is { id: string } => !!order)
      .map((order) => order.id)
  )
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: STORE_ORDER_GROUP_ORDER_FIELDS,
        filters: { id: orderIds },
      })
    : { data: [] }
  const byId = new Map(
    (orders as unknown as QueriedOrder[]).map((order) => [order.id, order])
  )
  const byGroup = new Map(
    (groups as QueriedGroup[]).map((group) => {
      const { orders: links, ...fields } = group
      const groupOrders = (links ?? [])
        .map((link) => (link ? byId.get(link.id) : undefined))
        .filter((order): order is QueriedOrder => !!order)
        .sort((a, b) => a.display_id - b.display_id)
      return [group.id, { ...fields, id: group.id, orders: groupOrders }]
    })
  )
  // Query's results have the fields asked for above, which are the response type's.
  return ids
    .map((id) => byGroup.get(id))
    .filter((group) => !!group) as unknown as StoreCustomerOrderGroup[]
}
