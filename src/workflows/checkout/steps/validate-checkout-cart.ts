import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutCart } from "../types"

export type ValidateCheckoutCartStepInput = { cart: CheckoutCart }

export const validateCheckoutCartStepId = "validate-checkout-cart"

/** A cart that can be split: not completed, with items, without store credit (not split yet). */
export const validateCheckoutCartStep = createStep(
  validateCheckoutCartStepId,
  async ({ cart }: ValidateCheckoutCartStepInput) => {
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${cart.id} is already completed`
      )
    }
    if (!cart.items?.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Cannot complete a cart with no items"
      )
    }
    if (cart.credit_lines?.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Carts with credit lines cannot be split between sellers yet"
      )
    }
    return new StepResponse(void 0)
  }
)
