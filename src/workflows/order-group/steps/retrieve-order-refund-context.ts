import BigNumber from "bignumber.js"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordAmount } from "../../common/utils/decimal-amount"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export type OrderRefundContext = {
  order_id: string
  group_id: string
  seller_id: string
  currency_code: string
  decimal_digits: number
  payment_id: string
  /** What the capture attributed to the order (its `sale` entry). */
  paid: string
  /** The order's commission at capture (its `commission` entry, positive). */
  commission: string
  /** What earlier refunds of this order took back. */
  refunded: string
  /** When the sale becomes payable: a refund is taken from the same pot (pending or payable). */
  sale_available_at: string
}

/** Refund ledger entries of an order are referenced `<order id>/<refund id>`. */
export const refundReference = (orderId: string, refundId: string) =>
  `${orderId}/${refundId}`

export const retrieveOrderRefundContextStepId = "retrieve-order-refund-context"

/** The order's group payment and what its ledger says was paid, charged and refunded. */
export const retrieveOrderRefundContextStep = createStep(
  retrieveOrderRefundContextStepId,
  async (
    { order_id, group_id }: { order_id: string; group_id: string },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: [
        "id",
        "currency_code",
        "orders.id",
        "orders.seller.id",
        "payment_collection.payments.id",
        "payment_collection.payments.canceled_at",
      ],
      filters: { id: group_id },
    })
    type Group = {
      id: string
      currency_code: string
      orders?: { id: string; seller?: { id: string } | null }[]
      payment_collection?: {
        payments?: { id: string; canceled_at?: string | null }[]
      } | null
    }
    const found = group as Group | undefined
    const order = found?.orders?.find((candidate) => candidate.id === order_id)
    if (!found || !order) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order ${order_id} is not part of order group ${group_id}`
      )
    }
    const payment = found.payment_collection?.payments?.find(
      (candidate) => !candidate.canceled_at
    )
    const payouts: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const [sale] = await payouts.listLedgerEntries({
      type: "sale",
      reference: order_id,
    })
    if (!payment || !sale) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${order_id} has not been captured; nothing to refund`
      )
    }
    const [commission] = await payouts.listLedgerEntries({
      type: "commission",
      reference: order_id,
    })
    const refunds = await payouts.listLedgerEntries({
      type: "refund",
      reference: { $like: `${order_id}/%` },
    })
    const {
      data: [currency],
    } = await query.graph({
      entity: "currency",
      fields: ["decimal_digits"],
      filters: { code: found.currency_code },
    })
    return new StepResponse<OrderRefundContext>({
      order_id,
      group_id,
      seller_id: order.seller?.id ?? sale.seller_id,
      currency_code: found.currency_code,
      decimal_digits: currency?.decimal_digits ?? 2,
      payment_id: payment.id,
      paid: recordAmount(sale).toFixed(),
      commission: commission
        ? recordAmount(commission).negated().toFixed()
        : "0",
      refunded: refunds
        .reduce(
          (sum, entry) => sum.plus(recordAmount(entry).negated()),
          new BigNumber(0)
        )
        .toFixed(),
      sale_available_at: new Date(sale.available_at).toISOString(),
    })
  }
)
