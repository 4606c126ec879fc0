import BigNumber from "bignumber.js"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PaymentEvents } from "@medusajs/framework/utils"
import {
  acquireLockStep,
  addOrderTransactionStep,
  capturePaymentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import type { SellerOrderRefundedData } from "../../../modules/order-group/events"
import { LedgerEntryInput, LedgerEntryType } from "../../../modules/payout"
import { listOrdersWithoutCommissionStep } from "../../commission/steps/list-orders-without-commission"
import { retrieveOrdersCommissionTotalsStep } from "../../commission/steps/retrieve-orders-commission-totals"
import { calculateOrdersCommissionWorkflow } from "../../commission/workflows/calculate-orders-commission"
import { retrievePayoutSettingsStep } from "../../payout/steps/retrieve-payout-settings"
import { recordLedgerEntriesStep } from "../steps/record-ledger-entries"
import { refundCanceledSharesStep } from "../steps/refund-canceled-shares"
import { retrieveOrderGroupForCaptureStep } from "../steps/retrieve-order-group-for-capture"
import { setProviderCaptureAmountStep } from "../steps/set-provider-capture-amount"
import { planGroupCapture } from "../utils/attribute-capture"
import { orderGroupLockKey } from "../utils/order-group-lock-key"

export const captureOrderGroupWorkflowId = "capture-order-group"

export type CaptureOrderGroupWorkflowInput = {
  order_group_id: string
  captured_by?: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Captures the customer's payment of an order group and books it for the orders still live:
 * each is paid its share of the authorization in cents (order transactions;
 * `planGroupCapture`), and its seller's ledger gets a `sale` (+ that share) and a
 * `commission` (− the order's commission lines), payable after the payout module's
 * `holdDays`. Orders canceled before the capture are not charged: the capture takes only the
 * live orders' shares (Stripe releases the rest). A payment already captured whole (Stripe's
 * automatic capture) gives back the shares of orders canceled before they were booked. Orders
 * whose commission the `order.placed` subscriber has not written yet are computed first
 * (recomputing replaces lines, so racing the subscriber is harmless). Safe to repeat: a
 * captured payment is not captured again, a share given back is tagged on its refund, and the
 * ledger and order transactions ignore entries they already hold.
 */
export const captureOrderGroupWorkflow = createWorkflow(
  captureOrderGroupWorkflowId,
  (input: WorkflowData<CaptureOrderGroupWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) =>
      orderGroupLockKey(input.order_group_id)
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })

    const group = retrieveOrderGroupForCaptureStep({ id: input.order_group_id })
    // A canceled order's commission is recomputed to nothing by its cancellation.
    const orderIds = transform({ group }, ({ group }) => ({
      order_ids: group.orders
        .filter((order) => !order.canceled)
        .map((order) => order.id),
    }))
    const uncomputed = listOrdersWithoutCommissionStep(orderIds)
    when(
      "orders-without-commission",
      { uncomputed },
      ({ uncomputed }) => uncomputed.length > 0
    ).then(() => {
      calculateOrdersCommissionWorkflow.runAsStep({
        input: { order_ids: uncomputed },
      })
    })
    const commission = retrieveOrdersCommissionTotalsStep(orderIds)
    const settings = retrievePayoutSettingsStep()

    const plan = transform({ group }, ({ group }) =>
      planGroupCapture(
        group.payment.amount,
        group.payment.captured ? group.payment.captured_amount : null,
        group.orders,
        group.decimal_digits
      )
    )
    when(
      "partial-capture",
      { group, plan },
      ({ group, plan }) =>
        !group.payment.captured && plan.partial_amount !== null
    ).then(() => {
      const amount = transform({ group, plan }, ({ group, plan }) => ({
        payment_id: group.payment.id,
        amount: plan.partial_amount as string,
      }))
      setProviderCaptureAmountStep(amount)
    })
    when(
      "payment-not-captured",
      { group },
      ({ group }) => !group.payment.captured
    ).then(() => {
      const capture = transform(
        { group, input, plan },
        ({ group, input, plan }) => ({
          payment_id: group.payment.id,
          captured_by: input.captured_by,
          amount: plan.partial_amount ?? undefined,
        })
      )
      capturePaymentWorkflow.runAsStep({ input: capture })
    })

    const refunded = when(
      "canceled-shares-held",
      { plan },
      ({ plan }) => plan.refund.length > 0
    ).then(() => {
      const refunds = transform({ group, plan }, ({ group, plan }) => ({
        payment_id: group.payment.id,
        refunds: plan.refund,
      }))
      const made = refundCanceledSharesStep(refunds)
      const events = transform(
        { group, made },
        ({ group, made }): SellerOrderRefundedData[] =>
          made.map((refund) => ({
            id: group.payment.id,
            order_id: refund.order_id,
            refund_id: refund.refund_id,
            amount: refund.amount,
            currency_code: group.currency_code,
          }))
      )
      emitEventStep({ eventName: PaymentEvents.REFUNDED, data: events })
      return made
    })

    const transactions = transform(
      { group, plan, refunded },
      ({ group, plan, refunded }) => {
        const base = { currency_code: group.currency_code }
        // A canceled order whose share was taken and given back nets to zero.
        const givenBack = [
          ...group.payment.canceled_share_refunds,
          ...(refunded ?? []),
        ].flatMap((refund) => [
          {
            ...base,
            order_id: refund.order_id,
            amount: refund.amount,
            reference: "capture",
            reference_id: group.payment.id,
          },
          {
            ...base,
            order_id: refund.order_id,
            amount: new BigNumber(refund.amount).negated().toFixed(),
            reference: "refund",
            reference_id: refund.refund_id,
          },
        ])
        return [
          ...plan.live.map((part) => ({
            ...base,
            order_id: part.order_id,
            amount: part.amount,
            reference: "capture",
            reference_id: group.payment.id,
          })),
          ...givenBack,
        ]
      }
    )
    addOrderTransactionStep(transactions)

    const entries = transform(
      { group, commission, plan, settings },
      ({ group, commission, plan, settings }) => {
        const sellers = Object.fromEntries(
          group.orders.map((order) => [order.id, order.seller_id])
        )
        const availableAt = new Date(Date.now() + settings.holdDays * DAY_MS)
        return plan.live.flatMap((part): LedgerEntryInput[] => {
          const base = {
            seller_id: sellers[part.order_id],
            currency_code: group.currency_code,
            available_at: availableAt,
          }
          const owed = new BigNumber(commission[part.order_id] ?? 0)
          const sale: LedgerEntryInput = {
            ...base,
            type: LedgerEntryType.SALE,
            amount: part.amount,
            reference: part.order_id,
          }
          return owed.isZero()
            ? [sale]
            : [
                sale,
                {
                  ...base,
                  type: LedgerEntryType.COMMISSION,
                  amount: owed.negated().toFixed(),
                  reference: part.order_id,
                },
              ]
        })
      }
    )
    recordLedgerEntriesStep(entries)

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(group)
  }
)
