import BigNumber from "bignumber.js"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import {
  AmountValue,
  decimalAmount,
  recordAmount,
} from "../../common/utils/decimal-amount"
import type { ReceiveItem } from "./resolve-receive-items"

export type ReturnRefund = {
  order_group_id: string | null
  /** Main-unit decimal string; null when nothing is refunded (see `reason`). */
  amount: string | null
  reason: "refund" | "not_captured" | "nothing_left"
}

export const resolveReturnRefundStepId = "resolve-return-refund"

/**
 * What a receipt gives back: each received unit at what the customer paid for it (the
 * line's total, so after discounts and with tax, per unit still held by the customer —
 * Medusa's line total already leaves out units received back earlier), rounded half-up
 * to the minor unit, and never more than the order's paid share minus earlier refunds. An
 * order whose group was never captured has nothing to give back.
 */
export const resolveReturnRefundStep = createStep(
  resolveReturnRefundStepId,
  async (
    { order_id, items }: { order_id: string; items: ReceiveItem[] },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      // Line totals are only computed when an order total is asked for too.
      fields: [
        "id",
        "currency_code",
        "total",
        "order_group.id",
        "items.id",
        "items.quantity",
        "items.total",
        "items.detail.return_received_quantity",
        "items.detail.return_dismissed_quantity",
      ],
      filters: { id: order_id },
    })
    const groupId =
      (order as { order_group?: { id: string } | null } | undefined)
        ?.order_group?.id ?? null
    const payouts: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const [sale] = await payouts.listLedgerEntries({
      type: "sale",
      reference: order_id,
    })
    if (!groupId || !sale) {
      return new StepResponse<ReturnRefund>({
        order_group_id: groupId,
        amount: null,
        reason: "not_captured",
      })
    }
    const {
      data: [currency],
    } = await query.graph({
      entity: "currency",
      fields: ["decimal_digits"],
      filters: { code: order.currency_code },
    })
    type Line = {
      id: string
      quantity: AmountValue
      total: AmountValue
      detail?: {
        return_received_quantity?: AmountValue
        return_dismissed_quantity?: AmountValue
      } | null
    } | null
    const lines = new Map(
      ((order.items ?? []) as Line[]).flatMap((line) =>
        line ? [[line.id, line] as const] : []
      )
    )
    const value = items
      .reduce((sum, item) => {
        const line = lines.get(item.id)
        const quantity = decimalAmount(line?.quantity)
          .minus(decimalAmount(line?.detail?.return_received_quantity))
          .minus(decimalAmount(line?.detail?.return_dismissed_quantity))
        return quantity.lte(0)
          ? sum
          : sum.plus(
              decimalAmount(line?.total)
                .multipliedBy(item.quantity)
                .dividedBy(quantity)
            )
      }, new BigNumber(0))
      .decimalPlaces(currency?.decimal_digits ?? 2, BigNumber.ROUND_HALF_UP)
    const refunds = await payouts.listLedgerEntries({
      type: "refund",
      reference: { $like: `${order_id}/%` },
    })
    const left = refunds.reduce(
      (sum, entry) => sum.plus(recordAmount(entry)),
      recordAmount(sale)
    )
    const amount = BigNumber.min(value, left)
    if (amount.lte(0)) {
      return new StepResponse<ReturnRefund>({
        order_group_id: groupId,
        amount: null,
        reason: "nothing_left",
      })
    }
    return new StepResponse<ReturnRefund>({
      order_group_id: groupId,
      amount: amount.toFixed(),
      reason: "refund",
    })
  }
)
