import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutCart } from "../types"
import { CHECKOUT_CART_FIELDS } from "../utils/fields"

export type RetrieveCheckoutCartStepInput = { id: string }

export const retrieveCheckoutCartStepId = "retrieve-checkout-cart"

/** Reads the cart with its items' and shipping methods' sellers (read only, nothing to undo). */
export const retrieveCheckoutCartStep = createStep(
  retrieveCheckoutCartStepId,
  async ({ id }: RetrieveCheckoutCartStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: CHECKOUT_CART_FIELDS,
      filters: { id },
    })
    if (!data[0]) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart id not found: ${id}`
      )
    }
    // Query's generated types do not know the fields our links add (items.product.seller...).
    return new StepResponse(data[0] as unknown as CheckoutCart)
  }
)
