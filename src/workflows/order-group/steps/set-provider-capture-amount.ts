import type { UpdatePaymentDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAPTURE_AMOUNT_KEY } from "../../../providers/payment-stripe"

export const setProviderCaptureAmountStepId = "set-provider-capture-amount"

/**
 * The Payment Module records a partial capture but hands the provider only the payment's
 * `data` (and the capture id as idempotency key), so the amount to take goes in there; our
 * Stripe provider sends it as `amount_to_capture` (the system provider ignores it). A capture replaces `data` with the
 * provider's answer, so the key does not outlive it; no compensation: a later capture
 * writes it again.
 */
export const setProviderCaptureAmountStep = createStep(
  setProviderCaptureAmountStepId,
  async (
    { payment_id, amount }: { payment_id: string; amount: string },
    { container }
  ) => {
    const payments = container.resolve(Modules.PAYMENT)
    const payment = await payments.retrievePayment(payment_id, {
      select: ["id", "data"],
    })
    // The module writes the columns it is given; its UpdatePaymentDTO declares only `id`.
    const update = {
      id: payment_id,
      data: { ...(payment.data ?? {}), [CAPTURE_AMOUNT_KEY]: amount },
    }
    await payments.updatePayment(update as UpdatePaymentDTO)
    return new StepResponse(amount)
  }
)
