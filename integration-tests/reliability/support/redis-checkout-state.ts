import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "knex"

type Group = {
  id: string
  cart_id: string
  orders?:
    | ({
        id: string
        seller?: { id: string } | null
        items?: { id: string }[] | null
      } | null)[]
    | null
  payment_collection?: { id: string; status: string } | null
}

type Rows<T> = { rows: T[] }

/**
 * Everything that is wrong with the checkouts in the database, as readable lines (empty
 * when all is well). A checkout is all or nothing:
 * - a cart with an order group is completed, has exactly one group, whose orders are one
 *   per seller, each with its items reserved, and whose payment collection is authorized
 *   (or captured, for the given groups);
 * - a cart without a group is not completed, has no order, and no authorized payment;
 * - every order and every reservation belongs to a group.
 */
export async function halfWrittenCheckouts(
  container: MedusaContainer,
  db: Knex,
  sellerIds: string[],
  /** Groups an admin captured: their payment collection is `completed`, not `authorized`. */
  capturedGroupIds: string[] = []
): Promise<string[]> {
  const problems: string[] = []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_group",
    fields: [
      "id",
      "cart_id",
      "orders.id",
      "orders.seller.id",
      "orders.items.id",
      "payment_collection.id",
      "payment_collection.status",
    ],
  })
  const groups = data as unknown as Group[]
  const carts = (
    (await db.raw(
      `select id, completed_at from cart where deleted_at is null`
    )) as Rows<{
      id: string
      completed_at: Date | null
    }>
  ).rows
  const liveOrders = (
    (await db.raw(`select id from "order" where deleted_at is null`)) as Rows<{
      id: string
    }>
  ).rows
  const orderOfCart = (
    (await db.raw(
      `select cart_id, order_id from order_cart where deleted_at is null`
    )) as Rows<{ cart_id: string; order_id: string }>
  ).rows
  const collections = (
    (await db.raw(
      `select l.cart_id, c.id, c.status,
            (select count(*)::int from payment p where p.payment_collection_id = c.id and p.deleted_at is null) as payments
       from cart_payment_collection l join payment_collection c on c.id = l.payment_collection_id
      where l.deleted_at is null and c.deleted_at is null`
    )) as Rows<{
      cart_id: string
      id: string
      status: string
      payments: number
    }>
  ).rows
  const reservations = await container
    .resolve(Modules.INVENTORY)
    .listReservationItems({})

  const groupsByCart = new Map<string, Group[]>()
  for (const group of groups) {
    groupsByCart.set(group.cart_id, [
      ...(groupsByCart.get(group.cart_id) ?? []),
      group,
    ])
  }
  const reservedLines = new Set(
    reservations.map((reservation) => reservation.line_item_id)
  )
  const groupedOrders = new Set<string>()
  const groupedLines = new Set<string>()

  for (const cart of carts) {
    const cartGroups = groupsByCart.get(cart.id) ?? []
    const collection = collections.find((row) => row.cart_id === cart.id)
    if (cartGroups.length > 1) {
      problems.push(`cart ${cart.id} has ${cartGroups.length} order groups`)
    }
    const [group] = cartGroups
    if (!group) {
      if (cart.completed_at) {
        problems.push(`cart ${cart.id} is completed but has no order group`)
      }
      const orders = orderOfCart.filter((row) => row.cart_id === cart.id)
      if (orders.length) {
        problems.push(
          `cart ${cart.id} has no order group but ${orders.length} orders`
        )
      }
      if (
        collection &&
        (collection.status === "authorized" || collection.payments > 0)
      ) {
        problems.push(
          `cart ${cart.id} has no order group but its payment is ${collection.status}`
        )
      }
      continue
    }
    if (!cart.completed_at) {
      problems.push(
        `cart ${cart.id} has order group ${group.id} but is not completed`
      )
    }
    const orders = (group.orders ?? []).filter(
      (order): order is NonNullable<typeof order> => !!order
    )
    const sellers = orders.map((order) => order.seller?.id).sort()
    if (JSON.stringify(sellers) !== JSON.stringify([...sellerIds].sort())) {
      problems.push(
        `order group ${group.id} has orders of sellers [${sellers.join(", ")}]`
      )
    }
    for (const order of orders) {
      groupedOrders.add(order.id)
      const items = order.items ?? []
      if (!items.length) {
        problems.push(`order ${order.id} of group ${group.id} has no items`)
      }
      for (const item of items) {
        groupedLines.add(item.id)
        if (!reservedLines.has(item.id)) {
          problems.push(
            `order line ${item.id} of group ${group.id} has no reservation`
          )
        }
      }
    }
    const held = capturedGroupIds.includes(group.id)
      ? "completed"
      : "authorized"
    if (group.payment_collection?.status !== held || !collection?.payments) {
      problems.push(
        `order group ${group.id} has payment ${group.payment_collection?.status ?? "missing"}`
      )
    }
  }
  for (const order of liveOrders) {
    if (!groupedOrders.has(order.id)) {
      problems.push(`order ${order.id} belongs to no order group`)
    }
  }
  for (const reservation of reservations) {
    if (
      !reservation.line_item_id ||
      !groupedLines.has(reservation.line_item_id)
    ) {
      problems.push(
        `reservation ${reservation.id} (line ${reservation.line_item_id}) belongs to no grouped order`
      )
    }
  }
  return problems
}

/** The orders whose `order.placed` subscribers have not (all) run: no commission line per item. */
export async function ordersMissingCommission(db: Knex): Promise<string[]> {
  const { rows } = (await db.raw(
    `select o.id
       from "order" o
       join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       left join commission_line c on c.order_id = o.id and c.line_item_id = oi.item_id and c.deleted_at is null
      where o.deleted_at is null
      group by o.id
     having count(distinct c.line_item_id) < count(distinct oi.item_id)`
  )) as Rows<{ id: string }>
  return rows.map((row) => row.id)
}
