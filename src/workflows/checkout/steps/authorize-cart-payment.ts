import type { PaymentDTO } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const authorizeCartPaymentStepId = "authorize-cart-payment"

/**
 * Medusa's `authorizePaymentSessionStep`, with the refusal typed as a payment error: the
 * Payment Module answers any session its provider did not authorize (a declined card, a
 * 3-D Secure challenge still open) with a `not_allowed` error, which the complete route would
 * take for a cart problem. Here a session left `requires_more` is a
 * `payment_requires_more_error` and any other refusal a `payment_authorization_error`, so the
 * storefront gets the cart and the payment error and completes later. Unlike Medusa, a
 * deferred authorization (`pending_authorization`) is refused too: an order group never
 * exists without its payment; the provider's webhook completes the cart once authorized.
 */
export const authorizeCartPaymentStep = createStep(
  authorizeCartPaymentStepId,
  async ({ id }: { id?: string }, { container }) => {
    if (!id) {
      return new StepResponse<PaymentDTO | null>(null)
    }
    const payments = container.resolve(Modules.PAYMENT)
    try {
      const payment = await payments.authorizePaymentSession(id, {})
      if (payment) {
        return new StepResponse<PaymentDTO | null>(payment, payment)
      }
    } catch (error) {
      if (!MedusaError.isMedusaError(error)) {
        throw error
      }
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Payment session ${id} was not authorized: ${error.message}`)
    }
    const session = await payments.retrievePaymentSession(id)
    if (session.status === PaymentSessionStatus.REQUIRES_MORE) {
      throw new MedusaError(
        MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
        "More information is required for payment"
      )
    }
    throw new MedusaError(
      MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
      "Payment authorization failed"
    )
  },
  async (payment, { container }) => {
    if (!payment) {
      return
    }
    // As Medusa: a payment authorized for a checkout that failed afterwards is released.
    try {
      await container.resolve(Modules.PAYMENT).cancelPayment(payment.id)
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`Payment ${payment.id} could not be canceled: ${error}`)
    }
  }
)
