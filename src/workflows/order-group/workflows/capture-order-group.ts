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
import { marketplaceEnv } from "../../../config"
import { attributeCapture } from "../../../modules/order-group/attribute-capture"
import type { LedgerEntryInput } from "../../../modules/payout/service"
import { ensureOrderCommissionStep } from "../steps/ensure-order-commission"
import { recordLedgerEntriesStep } from "../steps/record-ledger-entries"
import { retrieveOrderGroupForCaptureStep } from "../steps/retrieve-order-group-for-capture"

export const captureOrderGroupWorkflowId = "capture-order-group"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Captures the customer's payment of an order group and books it: each order is paid
 * its total in cents (order transactions; `attributeCapture` places the remainder), and
 * each seller's ledger gets a `sale` (+ that amount) and a `commission` (− the order's
 * commission lines), payable after PAYOUT_HOLD_DAYS. Safe to repeat: a captured payment
 * is not captured again and the ledger ignores entries it already holds.
 */
export const captureOrderGroupWorkflow = createWorkflow(
  captureOrderGroupWorkflowId,
  (input: WorkflowData<{ order_group_id: string; captured_by?: string }>) => {
    const lockKey = transform({ input }, ({ input }) => `order_group:${input.order_group_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })

    const group = retrieveOrderGroupForCaptureStep({ id: input.order_group_id })
    const orderIds = transform({ group }, ({ group }) => ({
      order_ids: group.orders.map((order) => order.id),
    }))
    const commission = ensureOrderCommissionStep(orderIds)

    when("payment-not-captured", { group }, ({ group }) => !group.payment.captured).then(() => {
      const capture = transform({ group, input }, ({ group, input }) => ({
        payment_id: group.payment.id,
        captured_by: input.captured_by,
      }))
      capturePaymentWorkflow.runAsStep({ input: capture })
    })

    const attribution = transform({ group }, ({ group }) =>
      attributeCapture(group.payment.amount, group.orders, group.decimal_digits)
    )
    const transactions = transform({ group, attribution }, ({ group, attribution }) =>
      attribution.map((part) => ({
        order_id: part.order_id,
        amount: part.amount,
        currency_code: group.currency_code,
        reference: "capture",
        reference_id: group.payment.id,
      }))
    )
    addOrderTransactionStep(transactions)

    const entries = transform({ group, commission, attribution }, ({ group, commission, attribution }) => {
      const paid = Object.fromEntries(attribution.map((part) => [part.order_id, part.amount]))
      const availableAt = new Date(Date.now() + marketplaceEnv().marketplace.payout.holdDays * DAY_MS)
      return group.orders.flatMap((order): LedgerEntryInput[] => {
        const base = { seller_id: order.seller_id, currency_code: group.currency_code, available_at: availableAt }
        const owed = new BigNumber(commission[order.id] ?? 0)
        const sale: LedgerEntryInput = { ...base, type: "sale", amount: paid[order.id], reference: order.id }
        return owed.isZero()
          ? [sale]
          : [sale, { ...base, type: "commission", amount: owed.negated().toFixed(), reference: order.id }]
      })
    })
    recordLedgerEntriesStep(entries)

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(group)
  }
)
