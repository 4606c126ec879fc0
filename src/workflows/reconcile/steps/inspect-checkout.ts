import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type { OrderGroupModuleService } from "../../../modules/order-group"

export const inspectCheckoutStepId = "inspect-checkout"

export type CheckoutInspection = {
  cart_id: string
  email: string | null
  completed_at: Date | null
  group_id: string | null
  /** Orders of the checkout: linked to the cart or to its group. */
  order_ids: string[]
  /** Order line items of those orders (their reservations carry these ids). */
  order_item_ids: string[]
  payment: {
    collection_id: string | null
    status: string | null
    /** Payments not canceled. */
    payment_ids: string[]
    captured: boolean
  }
  /** What is missing for a whole checkout; empty when it is complete (or was never started). */
  gaps: string[]
}

type CartRow = {
  id: string
  email?: string | null
  completed_at?: Date | null
  total?: unknown
  items?: { product?: { seller?: { id: string } | null } | null }[] | null
  payment_collection?: {
    id: string
    status: string
    payments?:
      | { id: string; captured_at?: Date | null; canceled_at?: Date | null }[]
      | null
  } | null
}

type GroupRow = {
  id: string
  orders?: ({ id: string; seller?: { id: string } | null } | null)[] | null
  payment_collection?: { id: string } | null
}

/**
 * Reads a cart's checkout as the database holds it — cart, group, orders, payment,
 * reservations — and lists what a whole split checkout would have that this one lacks
 * (docs/infrastructure.md, "Reconciler"). Read only.
 */
export const inspectCheckoutStep = createStep(
  inspectCheckoutStepId,
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "email",
        "completed_at",
        "total",
        "items.product.seller.id",
        "payment_collection.id",
        "payment_collection.status",
        "payment_collection.payments.id",
        "payment_collection.payments.captured_at",
        "payment_collection.payments.canceled_at",
      ],
      filters: { id: cart_id },
    })
    const cart = carts[0] as unknown as CartRow | undefined
    const groups = (await container
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .listOrderGroups({ cart_id }, { select: ["id"] })) as { id: string }[]
    let group: GroupRow | undefined
    if (groups.length) {
      const { data } = await query.graph({
        entity: "order_group",
        fields: [
          "id",
          "orders.id",
          "orders.seller.id",
          "payment_collection.id",
        ],
        filters: { id: groups[0].id },
      })
      group = data[0] as unknown as GroupRow
    }
    const groupOrders = (group?.orders ?? []).filter(
      (order): order is { id: string; seller?: { id: string } | null } =>
        !!order
    )
    const { data: cartOrders } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id },
    })
    const orderIds = [
      ...new Set([
        ...groupOrders.map((order) => order.id),
        ...(cartOrders as { order_id: string }[]).map((row) => row.order_id),
      ]),
    ]
    const items = await orderItems(container, orderIds)
    const orderItemIds = items.map((item) => item.id)
    const payments = (cart?.payment_collection?.payments ?? []).filter(
      (payment) => !payment.canceled_at
    )
    const inspection: CheckoutInspection = {
      cart_id,
      email: cart?.email ?? null,
      completed_at: cart?.completed_at ?? null,
      group_id: group?.id ?? null,
      order_ids: orderIds,
      order_item_ids: orderItemIds,
      payment: {
        collection_id: cart?.payment_collection?.id ?? null,
        status: cart?.payment_collection?.status ?? null,
        payment_ids: payments.map((payment) => payment.id),
        captured: payments.some((payment) => !!payment.captured_at),
      },
      gaps: [],
    }
    // A cart nobody tried to complete, or whose attempt left nothing behind: not a checkout yet.
    if (!group && !orderIds.length && !cart?.completed_at && !payments.length) {
      return new StepResponse(inspection)
    }
    const sellers = new Set(
      (cart?.items ?? [])
        .map((item) => item.product?.seller?.id)
        .filter((id): id is string => !!id)
    )
    const gaps = inspection.gaps
    if (!group) {
      gaps.push("no order group")
    } else {
      const ordered = new Set(groupOrders.map((order) => order.seller?.id))
      const missing = [...sellers].filter((id) => !ordered.has(id))
      if (missing.length) {
        gaps.push(`no order of seller(s) ${missing.join(", ")}`)
      }
      if (groupOrders.length !== sellers.size) {
        gaps.push(
          `${groupOrders.length} linked order(s) for ${sellers.size} seller(s)`
        )
      }
      if (!group.payment_collection) {
        gaps.push("payment not linked to the group")
      }
    }
    if (orderIds.length > groupOrders.length) {
      gaps.push(
        `${orderIds.length - groupOrders.length} order(s) outside the group`
      )
    }
    if (!cart?.completed_at) {
      gaps.push("cart not completed")
    }
    if (!payments.length && Number(cart?.total ?? 0) > 0) {
      gaps.push("payment not authorized")
    }
    const reserved = orderItemIds.length
      ? await container
          .resolve(Modules.INVENTORY)
          .listReservationItems(
            { line_item_id: orderItemIds },
            { select: ["line_item_id"] }
          )
      : []
    const managed = items.filter((item) => item.managed).map((item) => item.id)
    const reservedIds = new Set(reserved.map((row) => row.line_item_id))
    const unreserved = managed.filter((id) => !reservedIds.has(id))
    if (unreserved.length) {
      gaps.push(`${unreserved.length} order line(s) without reservation`)
    }
    return new StepResponse(inspection)
  }
)

/** The line items of the orders, with whether their variant's inventory is managed. */
async function orderItems(
  container: MedusaContainer,
  orderIds: string[]
): Promise<{ id: string; managed: boolean }[]> {
  if (!orderIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["items.id", "items.variant.manage_inventory"],
    filters: { id: orderIds },
  })
  return (
    data as unknown as {
      items?: { id: string; variant?: { manage_inventory?: boolean } | null }[]
    }[]
  ).flatMap((order) =>
    (order.items ?? []).map((item) => ({
      id: item.id,
      managed: !!item.variant?.manage_inventory,
    }))
  )
}
