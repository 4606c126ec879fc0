import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const cancelCheckoutPaymentStepId = "cancel-checkout-payment"

export type CancelCheckoutPaymentStepInput = { payment_ids: string[] }

/**
 * Gives the customer's money back for a checkout that cannot be placed: an authorized
 * payment is cancelled (the hold is released), a captured one refunded in full. Medusa's
 * Payment Module ignores an already cancelled payment and refunds at most what was
 * captured, so repeating it is harmless. No compensation: money that went back stays back.
 */
export const cancelCheckoutPaymentStep = createStep(
  cancelCheckoutPaymentStepId,
  async ({ payment_ids }: CancelCheckoutPaymentStepInput, { container }) => {
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const done: string[] = []
    for (const id of payment_ids) {
      const payment = await payments.retrievePayment(id, {
        select: ["id", "amount", "captured_at", "canceled_at"],
        relations: ["refunds"],
      })
      if (payment.canceled_at) {
        continue
      }
      if (payment.captured_at) {
        const refunded = (payment.refunds ?? []).reduce(
          (sum, refund) => sum + Number(refund.amount),
          0
        )
        const left = Number(payment.amount) - refunded
        if (left > 0) {
          await payments.refundPayment({ payment_id: id, amount: left })
        }
      } else {
        await payments.cancelPayment(id)
      }
      done.push(id)
    }
    return new StepResponse(done)
  }
)
