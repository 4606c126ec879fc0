import BigNumber from "bignumber.js"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PaymentEvents } from "@medusajs/framework/utils"
import {
  acquireLockStep,
  addOrderTransactionStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import type { SellerOrderRefundedData } from "../../../modules/order-group/events"
import type { LedgerEntryInput } from "../../../modules/payout/service"
import { recordLedgerEntriesStep } from "../steps/record-ledger-entries"
import { refundGroupPaymentStep } from "../steps/refund-group-payment"
import {
  refundReference,
  retrieveOrderRefundContextStep,
} from "../steps/retrieve-order-refund-context"
import { validateOrderRefundAmountStep } from "../steps/validate-order-refund-amount"

export type RefundSellerOrderInput = {
  order_group_id: string
  order_id: string
  /** In the currency's main unit; omitted = everything not refunded yet. */
  amount?: string | number
  created_by?: string
  note?: string
}

export const refundSellerOrderWorkflowId = "refund-seller-order"

/**
 * Refunds part or all of one seller order out of the group's single payment and books it:
 * `refund` (− amount) and `commission_reversal` (+ the commission in proportion to the
 * amount, rounded half-up to the minor unit), both referenced `<order>/<refund>` so they
 * are written once, and a `refund` order transaction; then Medusa's `payment.refunded` with
 * the order and amount (the customer is told by `notify-customer-of-refund`). Under a lock
 * on the order id so two refunds cannot both pass the "amount left" check.
 */
export const refundSellerOrderWorkflow = createWorkflow(
  refundSellerOrderWorkflowId,
  (input: WorkflowData<RefundSellerOrderInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `refund:${input.order_id}`
    )
    // Also when nested (a seller's goodwill refund, a return receipt): the check of what is
    // left must never run twice at once for an order.
    acquireLockStep({
      key: lockKey,
      timeout: 10,
      ttl: 120,
      executeOnSubWorkflow: true,
    })

    const context = retrieveOrderRefundContextStep({
      order_id: input.order_id,
      group_id: input.order_group_id,
    })
    const amount = validateOrderRefundAmountStep({
      context,
      amount: input.amount,
    })
    const refundInput = transform(
      { context, amount, input },
      ({ context, amount, input }) => ({
        payment_id: context.payment_id,
        amount,
        created_by: input.created_by,
        note: input.note,
      })
    )
    const refundId = refundGroupPaymentStep(refundInput)

    const entries = transform(
      { context, amount, refundId },
      ({ context, amount, refundId }) => {
        const reference = refundReference(context.order_id, refundId)
        // Taken back from where the sale sits: still pending, or already payable.
        const availableAt = new Date(
          Math.max(Date.now(), Date.parse(context.sale_available_at))
        )
        const base = {
          seller_id: context.seller_id,
          currency_code: context.currency_code,
          available_at: availableAt,
          reference,
        }
        const reversal = new BigNumber(context.commission)
          .multipliedBy(amount)
          .dividedBy(context.paid)
          .decimalPlaces(context.decimal_digits, BigNumber.ROUND_HALF_UP)
        const refund: LedgerEntryInput = {
          ...base,
          type: "refund",
          amount: new BigNumber(amount).negated().toFixed(),
        }
        return reversal.isZero()
          ? [refund]
          : [
              refund,
              {
                ...base,
                type: "commission_reversal",
                amount: reversal.toFixed(),
              } as LedgerEntryInput,
            ]
      }
    )
    recordLedgerEntriesStep(entries)

    const transaction = transform(
      { context, amount, refundId },
      ({ context, amount, refundId }) => ({
        order_id: context.order_id,
        amount: new BigNumber(amount).negated().toFixed(),
        currency_code: context.currency_code,
        reference: "refund",
        reference_id: refundId,
      })
    )
    addOrderTransactionStep(transaction)

    const refunded = transform(
      { context, amount, refundId },
      ({ context, amount, refundId }): SellerOrderRefundedData => ({
        id: context.payment_id,
        order_id: context.order_id,
        refund_id: refundId,
        amount,
        currency_code: context.currency_code,
      })
    )
    emitEventStep({ eventName: PaymentEvents.REFUNDED, data: refunded })

    releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
    return new WorkflowResponse({ refund_id: refundId, amount })
  }
)
