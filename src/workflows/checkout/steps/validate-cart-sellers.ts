import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutCart } from "../types"

export type ValidateCartSellersStepInput = { cart: CheckoutCart }

export const validateCartSellersStepId = "validate-cart-sellers"

/**
 * Every item must come from a seller that is `open`. Items of a suspended, pending or
 * terminated seller block the checkout, with an error naming the seller and the items.
 */
export const validateCartSellersStep = createStep(
  validateCartSellersStepId,
  async ({ cart }: ValidateCartSellersStepInput) => {
    const items = cart.items ?? []
    const withoutSeller = items.filter((item) => !item.product?.seller)
    if (withoutSeller.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Items ${withoutSeller.map((item) => item.id).join(", ")} are not sold by any seller; remove them from the cart to complete it`
      )
    }
    const blocked = new Map<
      string,
      { name: string; status: string; items: string[] }
    >()
    for (const item of items) {
      const seller = item.product!.seller!
      if (seller.status === "open") {
        continue
      }
      const entry = blocked.get(seller.id) ?? {
        name: seller.name,
        status: seller.status,
        items: [],
      }
      entry.items.push(item.title)
      blocked.set(seller.id, entry)
    }
    if (blocked.size) {
      const reasons = [...blocked.entries()].map(
        ([id, { name, status, items }]) =>
          `seller "${name}" (${id}) is ${status.replace(/_/g, " ")} and cannot sell ${items.map((title) => `"${title}"`).join(", ")}`
      )
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot complete the cart: ${reasons.join("; ")}. Remove these items from the cart.`
      )
    }
    return new StepResponse(void 0)
  }
)
