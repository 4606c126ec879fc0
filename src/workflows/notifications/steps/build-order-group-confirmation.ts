import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OrderGroupEvents } from "../../../modules/order-group/events"
import { displayAmount } from "../../../notifications/display-amount"
import {
  orderLineItems,
  QueriedLineItem,
} from "../../../notifications/order-line-items"
import type { AmountValue } from "../../common/utils/decimal-amount"

export const buildOrderGroupConfirmationStepId =
  "build-order-group-confirmation"

type QueriedOrder = {
  id: string
  display_id: number
  email?: string | null
  total: AmountValue
  items?: QueriedLineItem[] | null
  seller?: { name: string } | null
}

/**
 * The customer's one confirmation email for a whole checkout: every seller's order with
 * its items and total, keyed by the group so a redelivered `order_group.placed` sends
 * nothing twice.
 */
export const buildOrderGroupConfirmationStep = createStep(
  buildOrderGroupConfirmationStepId,
  async ({ order_group_id }: { order_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: ["id", "customer_id", "currency_code", "total", "orders.id"],
      filters: { id: order_group_id },
    })
    const orderIds = (
      (group as { orders?: ({ id: string } | null)[] | null } | undefined)
        ?.orders ?? []
    )
      .filter((order): order is { id: string } => !!order)
      .map((order) => order.id)
    if (!group || !orderIds.length) {
      return new StepResponse([] as CreateNotificationDTO[])
    }
    const [{ data: queried }, { data: currencies }] = await Promise.all([
      query.graph({
        entity: "order",
        fields: [
          "id",
          "display_id",
          "email",
          "total",
          "items.title",
          "items.variant_title",
          "items.quantity",
          "items.total",
          "seller.name",
        ],
        filters: { id: orderIds },
      }),
      query.graph({
        entity: "currency",
        fields: ["decimal_digits"],
        filters: { code: group.currency_code },
      }),
    ])
    const orders = (queried as unknown as QueriedOrder[]).sort(
      (a, b) => a.display_id - b.display_id
    )
    const email = orders.find((order) => order.email)?.email
    if (!email) {
      return new StepResponse([] as CreateNotificationDTO[])
    }
    const digits = currencies[0]?.decimal_digits ?? 2
    const amount = (value: AmountValue) => displayAmount(value, digits)
    const template = OrderGroupEvents.PLACED
    const notification: CreateNotificationDTO = {
      to: email,
      channel: "email",
      template,
      trigger_type: template,
      resource_id: group.id,
      resource_type: "order_group",
      receiver_id: group.customer_id ?? undefined,
      idempotency_key: `${template}:${group.id}:email`,
      data: {
        order_group_id: group.id,
        currency_code: group.currency_code,
        total: amount(group.total as AmountValue),
        orders: orders.map((order) => ({
          id: order.id,
          display_id: order.display_id,
          seller_name: order.seller?.name ?? "",
          total: amount(order.total),
          items: orderLineItems(order.items, amount),
        })),
      },
    }
    return new StepResponse([notification])
  }
)
