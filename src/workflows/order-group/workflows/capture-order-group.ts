import BigNumber from "bignumber.js"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  capturePaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { LedgerEntryInput, LedgerEntryType } from "../../../modules/payout"
import { listOrdersWithoutCommissionStep } from "../../commission/steps/list-orders-without-commission"
import { retrieveOrdersCommissionTotalsStep } from "../../commission/steps/retrieve-orders-commission-totals"
import { calculateOrdersCommissionWorkflow } from "../../commission/workflows/calculate-orders-commission"
import { retrievePayoutSettingsStep } from "../../payout/steps/retrieve-payout-settings"
import { recordLedgerEntriesStep } from "../steps/record-ledger-entries"
import { retrieveOrderGroupForCaptureStep } from "../steps/retrieve-order-group-for-capture"
import { attributeCapture } from "../utils/attribute-capture"

export const captureOrderGroupWorkflowId = "capture-order-group"

export type CaptureOrderGroupWorkflowInput = {
  order_group_id: string
  captured_by?: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Captures the customer's payment of an order group and books it: each order is paid
 * its total in cents (order transactions; `attributeCapture` places the remainder), and
 * each seller's ledger gets a `sale` (+ that amount) and a `commission` (− the order's
 * commission lines), payable after the payout module's `holdDays`. Orders whose commission
 * the `order.placed` subscriber has not written yet are computed first, as a step of this
 * workflow (recomputing replaces lines, so racing the subscriber is harmless). Safe to
 * repeat: a captured payment is not captured again and the ledger ignores entries it
 * already holds.
 */
export const captureOrderGroupWorkflow = createWorkflow(
  captureOrderGroupWorkflowId,
  (input: WorkflowData<CaptureOrderGroupWorkflowInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `order_group:${input.order_group_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })

    const group = retrieveOrderGroupForCaptureStep({ id: input.order_group_id })
    const orderIds = transform({ group }, ({ group }) => ({
      order_ids: group.orders.map((order) => order.id),
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

    when(
      "payment-not-captured",
      { group },
      ({ group }) => !group.payment.captured
    ).then(() => {
      const capture = transform({ group, input }, ({ group, input }) => ({
        payment_id: group.payment.id,
        captured_by: input.captured_by,
      }))
      capturePaymentWorkflow.runAsStep({ input: capture })
    })

    const attribution = transform({ group }, ({ group }) =>
      attributeCapture(group.payment.amount, group.orders, group.decimal_digits)
    )
    const transactions = transform(
      { group, attribution },
      ({ group, attribution }) =>
        attribution.map((part) => ({
          order_id: part.order_id,
          amount: part.amount,
          currency_code: group.currency_code,
          reference: "capture",
          reference_id: group.payment.id,
        }))
    )
    addOrderTransactionStep(transactions)

    const entries = transform(
      { group, commission, attribution, settings },
      ({ group, commission, attribution, settings }) => {
        const paid = Object.fromEntries(
          attribution.map((part) => [part.order_id, part.amount])
        )
        const availableAt = new Date(Date.now() + settings.holdDays * DAY_MS)
        return group.orders.flatMap((order): LedgerEntryInput[] => {
          const base = {
            seller_id: order.seller_id,
            currency_code: group.currency_code,
            available_at: availableAt,
          }
          const owed = new BigNumber(commission[order.id] ?? 0)
          const sale: LedgerEntryInput = {
            ...base,
            type: LedgerEntryType.SALE,
            amount: paid[order.id],
            reference: order.id,
          }
          return owed.isZero()
            ? [sale]
            : [
                sale,
                {
                  ...base,
                  type: LedgerEntryType.COMMISSION,
                  amount: owed.negated().toFixed(),
                  reference: order.id,
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
