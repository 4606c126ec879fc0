import type { BigNumberInput } from "@medusajs/framework/types"
import type { CheckoutCart } from "../types"

/** The promotion usage to register for a completed cart (as Medusa's complete-cart). */
export function preparePromotionUsage(cart: CheckoutCart) {
  const lines = [...(cart.items ?? []), ...(cart.shipping_methods ?? [])]
  const computedActions: { amount: BigNumberInput; code: string }[] = lines
    .flatMap((line) => line.adjustments ?? [])
    .filter((adjustment) => !!adjustment.code)
    .map((adjustment) => ({
      amount: adjustment.amount,
      code: adjustment.code as string,
    }))
  return {
    computedActions,
    registrationContext: {
      customer_id: cart.customer_id ?? null,
      customer_email: cart.email ?? null,
    },
  }
}
