import type {
  IWorkflowEngineService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type { OrderGroupModuleService } from "../../../modules/order-group"
import { PAYOUT_MODULE, PayoutStatus } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const listReconcileCandidatesStepId = "list-reconcile-candidates"

/** How far back the reconciler looks: the checkout's workflow retention. */
export const RECONCILE_LOOKBACK_MS = 3 * 24 * 60 * 60 * 1000

export type ListReconcileCandidatesStepInput = {
  /** Operations untouched since before this are abandoned, not running. */
  stale_before: Date
  /**
   * The workflows whose unfinished executions are looked at. With the Redis engine a running
   * execution's row says `not_started` until it finishes (only the Redis checkpoint moves),
   * unless a step is stored: both states count.
   */
  workflow_ids: string[]
}

export type ReconcileCandidates = {
  /** Carts whose checkout may be partial: paid, completed or with orders, and no whole group seen yet. */
  cart_ids: string[]
  /** Groups with orders lacking commission lines, or a captured payment lacking ledger entries. */
  order_groups: { id: string; captured: boolean; problem: string }[]
  /**
   * Orders linked to no group and no seller whose items are all marketplace products: a
   * split checkout created them and stopped before its links (written together, after them).
   */
  orphan_order_ids: string[]
  payouts: { id: string; seller_id: string }[]
  workflow_executions: {
    id: string
    workflow_id: string
    transaction_id: string
  }[]
}

type GroupRow = {
  id: string
  cart_id: string
  created_at: Date
  orders?: ({ id: string; status?: string } | null)[] | null
  payment_collection?: {
    status: string
    payments?:
      | {
          captured_at?: Date | null
          canceled_at?: Date | null
          captures?: { id: string }[] | null
        }[]
      | null
  } | null
}

const PAID_STATUSES = [
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "completed",
]

/**
 * What the reconciler looks at, within the last three days and untouched since
 * `stale_before`: carts that were paid, completed or turned into orders without a whole
 * group; groups whose commission or ledger is incomplete; orders no checkout linked; pending
 * payouts; unfinished executions of the given workflows. Read only.
 */
export const listReconcileCandidatesStep = createStep(
  listReconcileCandidatesStepId,
  async (
    { stale_before, workflow_ids }: ListReconcileCandidatesStepInput,
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const window = {
      $gte: new Date(Date.now() - RECONCILE_LOOKBACK_MS),
      $lt: stale_before,
    }
    const { data: groupRows } = await query.graph({
      entity: "order_group",
      fields: [
        "id",
        "cart_id",
        "created_at",
        "orders.id",
        "orders.status",
        "payment_collection.status",
        "payment_collection.payments.captured_at",
        "payment_collection.payments.canceled_at",
        "payment_collection.payments.captures.id",
      ],
      filters: { created_at: window },
    })
    const groups = groupRows as unknown as GroupRow[]
    const groupedCarts = new Set(
      (
        await container
          .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
          .listOrderGroups(
            { created_at: { $gte: window.$gte } },
            { select: ["cart_id"] }
          )
      ).map((group: { cart_id: string }) => group.cart_id)
    )

    const cartIds = new Set<string>()
    const { data: collections } = await query.graph({
      entity: "payment_collection",
      fields: ["cart.id"],
      filters: { status: PAID_STATUSES, updated_at: window },
    })
    for (const collection of collections as unknown as {
      cart?: { id: string } | null
    }[]) {
      if (collection.cart && !groupedCarts.has(collection.cart.id)) {
        cartIds.add(collection.cart.id)
      }
    }
    const carts = await container
      .resolve(Modules.CART)
      .listCarts({ completed_at: window } as never, { select: ["id"] })
    for (const cart of carts) {
      if (!groupedCarts.has(cart.id)) {
        cartIds.add(cart.id)
      }
    }
    const { data: cartOrders } = await query.graph({
      entity: "order_cart",
      fields: ["cart_id"],
      filters: { created_at: window } as never,
    })
    for (const row of cartOrders as { cart_id: string }[]) {
      if (!groupedCarts.has(row.cart_id)) {
        cartIds.add(row.cart_id)
      }
    }
    // A group whose payment is not held, or that has no order, is a partial checkout.
    for (const group of groups) {
      const paid = (group.payment_collection?.payments ?? []).some(
        (payment) => !payment.canceled_at
      )
      if (!paid || !(group.orders ?? []).some(Boolean)) {
        cartIds.add(group.cart_id)
      }
    }

    const orderGroups = await incompleteBooks(container, groups)

    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "is_draft_order",
        "order_group.id",
        "seller.id",
        "items.variant.product.seller.id",
      ],
      filters: { created_at: window } as never,
    })
    const orphanOrderIds = (
      orders as unknown as {
        id: string
        is_draft_order?: boolean
        order_group?: { id: string } | null
        seller?: { id: string } | null
        items?:
          | {
              variant?: {
                product?: { seller?: { id: string } | null } | null
              } | null
            }[]
          | null
      }[]
    )
      .filter(
        (order) =>
          !order.is_draft_order &&
          !order.order_group &&
          !order.seller &&
          (order.items ?? []).length > 0 &&
          (order.items ?? []).every((item) => !!item.variant?.product?.seller)
      )
      .map((order) => order.id)

    const payouts = (await container
      .resolve<PayoutModuleService>(PAYOUT_MODULE)
      .listPayouts(
        { status: PayoutStatus.PENDING, created_at: { $lt: stale_before } },
        { select: ["id", "seller_id"] }
      )) as { id: string; seller_id: string }[]

    const executions = (await container
      .resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
      .listWorkflowExecutions(
        {
          workflow_id: workflow_ids,
          state: ["not_started", "invoking"],
          updated_at: { $lt: stale_before },
        } as never,
        { select: ["id", "workflow_id", "transaction_id"] } as never
      )) as ReconcileCandidates["workflow_executions"]

    return new StepResponse<ReconcileCandidates>({
      cart_ids: [...cartIds],
      order_groups: orderGroups,
      orphan_order_ids: orphanOrderIds,
      payouts,
      workflow_executions: executions.map(
        ({ id, workflow_id, transaction_id }) => ({
          id,
          workflow_id,
          transaction_id,
        })
      ),
    })
  }
)

/** Groups with orders lacking commission lines, or captured without a `sale` entry per live order. */
async function incompleteBooks(
  container: MedusaContainer,
  groups: GroupRow[]
): Promise<ReconcileCandidates["order_groups"]> {
  const orderIds = groups.flatMap((group) =>
    (group.orders ?? []).filter(Boolean).map((order) => order!.id)
  )
  if (!orderIds.length) {
    return []
  }
  const lines = await container
    .resolve<CommissionModuleService>(COMMISSION_MODULE)
    .listCommissionLines({ order_id: orderIds }, { select: ["order_id"] })
  const withCommission = new Set(lines.map((line) => line.order_id))
  const sales = await container
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listLedgerEntries(
      { type: "sale", reference: orderIds },
      { select: ["reference"] }
    )
  const withSale = new Set(sales.map((entry) => entry.reference))
  const found: ReconcileCandidates["order_groups"] = []
  for (const group of groups) {
    // Canceled orders earn no commission (recomputed to nothing) and are not booked (their
    // share is not taken, or given back).
    const live = (group.orders ?? [])
      .filter((order) => !!order && order.status !== "canceled")
      .map((order) => order!.id)
    // A capture taken after some orders were canceled is partial (no `captured_at`).
    const captured = (group.payment_collection?.payments ?? []).some(
      (payment) =>
        (!!payment.captured_at || !!payment.captures?.length) &&
        !payment.canceled_at
    )
    const uncomputed = live.filter((id) => !withCommission.has(id))
    const unbooked = captured ? live.filter((id) => !withSale.has(id)) : []
    if (uncomputed.length || unbooked.length) {
      found.push({
        id: group.id,
        captured,
        problem: [
          uncomputed.length
            ? `no commission lines for order(s) ${uncomputed.join(", ")}`
            : "",
          unbooked.length
            ? `captured but no ledger entries for order(s) ${unbooked.join(", ")}`
            : "",
        ]
          .filter(Boolean)
          .join("; "),
      })
    }
  }
  return found
}
