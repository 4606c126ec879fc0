import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CANCELED_SHARE_METADATA,
  canceledShareOrderId,
} from "./retrieve-order-group-for-capture"

type Input = {
  payment_id: string
  refunds: { order_id: string; amount: string }[]
}

export const refundCanceledSharesStepId = "refund-canceled-shares"

/**
 * Gives back the shares of orders canceled before their sale was booked, one refund each,
 * tagged with the order in the refund's metadata: that tag is how a later run (under the
 * group's lock) knows the share is back. No compensation: the money has left, and a run that
 * fails after one refund finds it tagged the next time.
 */
export const refundCanceledSharesStep = createStep(
  refundCanceledSharesStepId,
  async ({ payment_id, refunds }: Input, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const made: { order_id: string; refund_id: string; amount: string }[] = []
    for (const { order_id, amount } of refunds) {
      const after = await payments.refundPayment({
        payment_id,
        amount,
        note: "order canceled",
        metadata: { [CANCELED_SHARE_METADATA]: order_id },
      })
      const refund = (after.refunds ?? []).find(
        (candidate) => canceledShareOrderId(candidate) === order_id
      )
      if (!refund) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Refund of order ${order_id}'s share of payment ${payment_id} was not recorded`
        )
      }
      made.push({ order_id, refund_id: refund.id, amount })
    }
    return new StepResponse(made)
  }
)
