import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = {
  payment_id: string
  amount: string
  created_by?: string
  note?: string
}

export const refundGroupPaymentStepId = "refund-group-payment"

/**
 * Refunds part of the group's payment and returns the new refund's id. No compensation:
 * the money has left, as in Medusa's own refund step — so this runs after every check.
 */
export const refundGroupPaymentStep = createStep(
  refundGroupPaymentStepId,
  async ({ payment_id, amount, created_by, note }: Input, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const before = await payments.retrievePayment(payment_id, {
      relations: ["refunds"],
    })
    const known = new Set((before.refunds ?? []).map((refund) => refund.id))
    const after = await payments.refundPayment({
      payment_id,
      amount,
      created_by,
      note,
    })
    const refund = (after.refunds ?? []).find(
      (candidate) => !known.has(candidate.id)
    )
    if (!refund) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Refund of payment ${payment_id} was not recorded`
      )
    }
    return new StepResponse(refund.id)
  }
)
