import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import type { Knex } from "knex"
import { ledgerSums, payoutService } from "../../utils/payouts"

type Rows<T> = { rows: T[] }

type GroupTotals = {
  id: string
  cart_id: string
  orders?:
    | ({
        id: string
        total: number
        seller?: { id: string } | null
        items?: { variant_id: string | null; quantity: number }[] | null
      } | null)[]
    | null
  payment_collection?: { amount: number } | null
}

type CartTotals = {
  id: string
  total: number
  items?:
    | ({
        variant_id: string | null
        quantity: number
        variant?: { product?: { seller?: { id: string } | null } | null } | null
      } | null)[]
    | null
}

const sum = (values: (number | string)[]) =>
  values.reduce<BigNumber>(
    (total, value) => total.plus(String(value)),
    new BigNumber(0)
  )

/** A cart line or order line as `variant×quantity`, sorted, for comparing contents. */
const contents = (
  items: ({ variant_id: string | null; quantity: number } | null)[]
) =>
  items
    .filter(Boolean)
    .map((item) => `${item!.variant_id}×${item!.quantity}`)
    .sort()
    .join(", ")

/**
 * Every order group whose totals are not exactly its cart's (readable lines, empty when all
 * is well): the orders' totals sum to the cart total, the payment collection holds that
 * amount, and each seller's order has exactly that seller's lines of the cart.
 */
export async function groupTotalMismatches(
  container: MedusaContainer
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groupRows } = await query.graph({
    entity: "order_group",
    fields: [
      "id",
      "cart_id",
      "orders.id",
      "orders.total",
      "orders.seller.id",
      "orders.items.variant_id",
      "orders.items.quantity",
      "payment_collection.amount",
    ],
  })
  const groups = groupRows as unknown as GroupTotals[]
  if (!groups.length) {
    return []
  }
  const { data: cartRows } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "total",
      "items.variant_id",
      "items.quantity",
      "items.variant.product.seller.id",
    ],
    filters: { id: groups.map((group) => group.cart_id) },
  })
  const carts = new Map(
    (cartRows as unknown as CartTotals[]).map((cart) => [cart.id, cart])
  )
  const problems: string[] = []
  for (const group of groups) {
    const cart = carts.get(group.cart_id)
    if (!cart) {
      problems.push(`order group ${group.id}: cart ${group.cart_id} not found`)
      continue
    }
    const orders = (group.orders ?? []).filter(
      (order): order is NonNullable<typeof order> => !!order
    )
    const ordersTotal = sum(orders.map((order) => order.total))
    if (!ordersTotal.isEqualTo(String(cart.total))) {
      problems.push(
        `order group ${group.id}: orders total ${ordersTotal.toFixed()} ≠ cart total ${cart.total}`
      )
    }
    const paid = group.payment_collection?.amount
    if (
      paid === undefined ||
      !new BigNumber(String(paid)).isEqualTo(String(cart.total))
    ) {
      problems.push(
        `order group ${group.id}: payment collection amount ${paid} ≠ cart total ${cart.total}`
      )
    }
    for (const order of orders) {
      const sellerLines = (cart.items ?? []).filter(
        (item) => item?.variant?.product?.seller?.id === order.seller?.id
      )
      if (contents(order.items ?? []) !== contents(sellerLines)) {
        problems.push(
          `order ${order.id} (group ${group.id}) has [${contents(order.items ?? [])}], its seller's cart lines are [${contents(sellerLines)}]`
        )
      }
    }
  }
  return problems
}

/** Per order, the sum of its order transactions with the given reference (capture +, refund −). */
async function transactionsByOrder(
  db: Knex,
  orderIds: string[],
  reference: "capture" | "refund"
): Promise<Map<string, BigNumber>> {
  const { rows } = (await db.raw(
    `select order_id, sum(amount)::text as amount from order_transaction
      where deleted_at is null and reference = ? and order_id = any(?) group by order_id`,
    [reference, orderIds]
  )) as Rows<{ order_id: string; amount: string }>
  return new Map(rows.map((row) => [row.order_id, new BigNumber(row.amount)]))
}

/**
 * What a seller's ledger must hold, computed from the other modules' records rather than
 * from the ledger: what was captured for its orders (their `capture` order transactions),
 * minus their commission lines, minus what was refunded (`refund` transactions) with the
 * commission in proportion given back (rounded half-up to the cent), minus its payouts that
 * did not fail. Returns the sellers whose ledger total differs, with both amounts.
 */
export async function ledgerMismatches(
  container: MedusaContainer,
  db: Knex,
  sellerIds: string[]
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groupRows } = await query.graph({
    entity: "order_group",
    fields: ["id", "orders.id", "orders.seller.id"],
  })
  const orders = (groupRows as unknown as GroupTotals[]).flatMap((group) =>
    (group.orders ?? []).filter(
      (order): order is NonNullable<typeof order> => !!order
    )
  )
  const orderIds = orders.map((order) => order.id)
  const captured = await transactionsByOrder(db, orderIds, "capture")
  const refunded = await transactionsByOrder(db, orderIds, "refund")
  const commission = (
    (await db.raw(
      `select order_id, sum(amount)::text as amount from commission_line
        where deleted_at is null and order_id = any(?) group by order_id`,
      [orderIds]
    )) as Rows<{ order_id: string; amount: string }>
  ).rows
  const commissionOf = new Map(
    commission.map((row) => [row.order_id, new BigNumber(row.amount)])
  )
  const bookedFor = (orderId: string) => {
    const paid = captured.get(orderId)
    if (!paid) {
      return new BigNumber(0)
    }
    const owed = commissionOf.get(orderId) ?? new BigNumber(0)
    const refund = (refunded.get(orderId) ?? new BigNumber(0)).negated()
    const reversal = owed
      .multipliedBy(refund)
      .dividedBy(paid)
      .decimalPlaces(2, BigNumber.ROUND_HALF_UP)
    return paid.minus(owed).minus(refund).plus(reversal)
  }
  const problems: string[] = []
  for (const sellerId of sellerIds) {
    const payouts = await payoutService(container).listPayouts(
      { seller_id: sellerId },
      { select: ["amount", "status"] }
    )
    const expected = orders
      .filter((order) => order.seller?.id === sellerId)
      .reduce(
        (total, order) => total.plus(bookedFor(order.id)),
        new BigNumber(0)
      )
      .minus(
        sum(
          payouts
            .filter((payout) => payout.status !== "failed")
            .map((payout) => String(payout.amount))
        )
      )
    const { total } = await ledgerSums(container, sellerId)
    if (!expected.isEqualTo(total)) {
      problems.push(
        `seller ${sellerId}: ledger ${total} ≠ ${expected.toFixed()} (captured − commission − refunds − payouts)`
      )
    }
  }
  return problems
}
