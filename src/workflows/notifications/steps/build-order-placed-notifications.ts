import type { CreateNotificationDTO } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { displayAmount } from "../../../notifications/display-amount"
import {
  orderLineItems,
  QueriedLineItem,
} from "../../../notifications/order-line-items"
import type { AmountValue } from "../../common/utils/decimal-amount"

export const buildOrderPlacedNotificationsStepId =
  "build-order-placed-notifications"

type QueriedOrder = {
  id: string
  display_id: number
  currency_code: string
  subtotal: AmountValue
  shipping_total: AmountValue
  discount_total: AmountValue
  tax_total: AmountValue
  total: AmountValue
  items?: QueriedLineItem[] | null
  seller?: { id: string; name: string; email: string } | null
}

/**
 * A new seller order: an email to each of the seller's owners and admins and one entry in
 * the seller's feed, with the display id, the items and the totals. Idempotency keys are
 * per order (and member), so a redelivered `order.placed` sends nothing twice. An order
 * without a seller (not from the split checkout) notifies nobody.
 */
export const buildOrderPlacedNotificationsStep = createStep(
  buildOrderPlacedNotificationsStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [queried],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "currency_code",
        "subtotal",
        "shipping_total",
        "discount_total",
        "tax_total",
        "total",
        "items.title",
        "items.variant_title",
        "items.quantity",
        "items.total",
        "seller.id",
        "seller.name",
        "seller.email",
      ],
      filters: { id: order_id },
    })
    // Query's generated Order type does not know the order ↔ seller link.
    const order = queried as unknown as QueriedOrder | undefined
    const seller = order?.seller
    if (!order || !seller) {
      return new StepResponse([] as CreateNotificationDTO[])
    }
    const [{ data: managers }, { data: currencies }] = await Promise.all([
      query.graph({
        entity: "member",
        fields: ["id", "email"],
        filters: { seller_id: seller.id, role: ["owner", "admin"] },
      }),
      query.graph({
        entity: "currency",
        fields: ["decimal_digits"],
        filters: { code: order.currency_code },
      }),
    ])
    const digits = currencies[0]?.decimal_digits ?? 2
    const amount = (value: AmountValue) => displayAmount(value, digits)
    const data = {
      title: `New order #${order.display_id}`,
      description: `${order.items?.length ?? 0} item(s), ${amount(order.total)} ${order.currency_code.toUpperCase()}`,
      order_id: order.id,
      order_display_id: order.display_id,
      seller_name: seller.name,
      seller: { id: seller.id, name: seller.name },
      currency_code: order.currency_code,
      items: orderLineItems(order.items, amount),
      subtotal: amount(order.subtotal),
      shipping_total: amount(order.shipping_total),
      discount_total: amount(order.discount_total),
      tax_total: amount(order.tax_total),
      total: amount(order.total),
    }
    const template = OrderWorkflowEvents.PLACED
    const common = {
      template,
      trigger_type: template,
      resource_id: order.id,
      resource_type: "order",
      data,
    }
    const key = `${template}:${order.id}`
    const notifications: CreateNotificationDTO[] = [
      ...managers.map((member) => ({
        ...common,
        to: member.email,
        channel: "email",
        receiver_id: member.id,
        idempotency_key: `${key}:email:${member.id}`,
      })),
      {
        ...common,
        to: seller.email,
        channel: "feed",
        receiver_id: seller.id,
        idempotency_key: `${key}:feed`,
      },
    ]
    return new StepResponse(notifications)
  }
)
