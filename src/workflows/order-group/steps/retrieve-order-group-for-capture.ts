import BigNumber from "bignumber.js"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import type { RefundDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import {
  AmountValue,
  decimalAmount,
  recordAmount,
} from "../../common/utils/decimal-amount"
import type { GroupCaptureOrder } from "../utils/attribute-capture"

/** Metadata of a refund giving back the share of an order canceled before its sale was booked. */
export const CANCELED_SHARE_METADATA = "canceled_order_id"

/** The order whose canceled share a refund gave back (Medusa's RefundDTO omits the model's metadata). */
export function canceledShareOrderId(refund: RefundDTO): string | undefined {
  const { metadata } = refund as RefundDTO & {
    metadata?: Record<string, unknown> | null
  }
  const orderId = metadata?.[CANCELED_SHARE_METADATA]
  return typeof orderId === "string" ? orderId : undefined
}

export type GroupForCapture = {
  id: string
  currency_code: string
  decimal_digits: number
  orders: (GroupCaptureOrder & { seller_id: string })[]
  payment: {
    id: string
    amount: string
    /** Captured at authorization or by an earlier run (whole or partial). */
    captured: boolean
    /** What the captures took; "0" when not captured. */
    captured_amount: string
    /** Canceled orders' shares already given back, by order. */
    canceled_share_refunds: {
      order_id: string
      refund_id: string
      amount: string
    }[]
  }
}

export const retrieveOrderGroupForCaptureStepId =
  "retrieve-order-group-for-capture"

/**
 * The group, its orders with their seller and state (canceled, before or after the
 * capture; booked), and the one payment the customer authorized with its captures and the
 * canceled shares it gave back.
 */
export const retrieveOrderGroupForCaptureStep = createStep(
  retrieveOrderGroupForCaptureStepId,
  async ({ id }: { id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: [
        "id",
        "currency_code",
        "orders.id",
        "orders.total",
        "orders.status",
        "orders.canceled_at",
        "orders.seller.id",
        "payment_collection.payments.id",
        "payment_collection.payments.canceled_at",
      ],
      filters: { id },
    })
    if (!group) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order group with id: ${id} was not found`
      )
    }
    type Queried = {
      orders?: {
        id: string
        total: AmountValue
        status: string
        canceled_at?: string | Date | null
        seller?: { id: string } | null
      }[]
      payment_collection?: {
        payments?: { id: string; canceled_at?: string | null }[]
      } | null
    }
    const { orders = [], payment_collection } = group as unknown as Queried
    const open = payment_collection?.payments?.find(
      (candidate) => !candidate.canceled_at
    )
    if (!open) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order group ${id} has no authorized payment to capture`
      )
    }
    const payment = await container
      .resolve(Modules.PAYMENT)
      .retrievePayment(open.id, { relations: ["captures", "refunds"] })
    const captures = payment.captures ?? []
    const captured = Boolean(payment.captured_at) || captures.length > 0
    const firstCapture = captures.reduce<number | null>((first, capture) => {
      const at = new Date(capture.created_at).getTime()
      return first === null || at < first ? at : first
    }, null)
    if (!captured && orders.every((order) => order.status === "canceled")) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Every order of order group ${id} is canceled: there is nothing to capture`
      )
    }
    const canceledShareRefunds = (payment.refunds ?? []).flatMap((refund) => {
      const orderId = canceledShareOrderId(refund)
      return orderId
        ? [
            {
              order_id: orderId,
              refund_id: refund.id,
              amount: recordAmount(refund).toFixed(),
            },
          ]
        : []
    })
    const refundedOrders = new Set(
      canceledShareRefunds.map((refund) => refund.order_id)
    )
    const sales = orders.length
      ? await container
          .resolve<PayoutModuleService>(PAYOUT_MODULE)
          .listLedgerEntries(
            { type: "sale", reference: orders.map((order) => order.id) },
            { select: ["reference"] }
          )
      : []
    const booked = new Set(sales.map((entry) => entry.reference))
    const {
      data: [currency],
    } = await query.graph({
      entity: "currency",
      fields: ["decimal_digits"],
      filters: { code: group.currency_code },
    })
    return new StepResponse<GroupForCapture>({
      id: group.id,
      currency_code: group.currency_code,
      decimal_digits: currency?.decimal_digits ?? 2,
      orders: orders.map((order) => {
        const canceled = order.status === "canceled"
        const canceledAt = order.canceled_at
          ? new Date(order.canceled_at).getTime()
          : null
        return {
          id: order.id,
          total: decimalAmount(order.total).toFixed(),
          seller_id: order.seller?.id ?? "",
          canceled,
          uncaptured:
            canceled &&
            (firstCapture === null ||
              (canceledAt !== null && canceledAt < firstCapture)),
          booked: booked.has(order.id),
          refunded: refundedOrders.has(order.id),
        }
      }),
      payment: {
        id: payment.id,
        amount: recordAmount(payment).toFixed(),
        captured,
        captured_amount: captures
          .reduce(
            (sum, capture) => sum.plus(recordAmount(capture)),
            new BigNumber(0)
          )
          .toFixed(),
        canceled_share_refunds: canceledShareRefunds,
      },
    })
  }
)
