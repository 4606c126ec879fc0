import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutCart } from "../types"

export type ValidateSellerShippingStepInput = { cart: CheckoutCart }

export const validateSellerShippingStepId = "validate-seller-shipping"

/**
 * Every seller with items that require shipping has exactly one shipping method, from a
 * shipping option linked to that seller; no seller has more than one, and no method
 * belongs to a seller without items in the cart (it would be charged in no order).
 */
export const validateSellerShippingStep = createStep(
  validateSellerShippingStepId,
  async ({ cart }: ValidateSellerShippingStepInput) => {
    const sellers = new Map<string, { name: string; needsShipping: boolean }>()
    for (const item of cart.items ?? []) {
      const seller = item.product?.seller
      if (!seller) {
        continue
      }
      const entry = sellers.get(seller.id) ?? {
        name: seller.name,
        needsShipping: false,
      }
      entry.needsShipping ||= item.requires_shipping !== false
      sellers.set(seller.id, entry)
    }

    const methodsBySeller = new Map<string, string[]>()
    for (const method of cart.shipping_methods ?? []) {
      const sellerId = method.shipping_option?.seller?.id
      if (!sellerId || !sellers.has(sellerId)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Shipping method "${method.name}" (${method.id}) does not belong to a seller of the cart's items; remove it`
        )
      }
      methodsBySeller.set(sellerId, [
        ...(methodsBySeller.get(sellerId) ?? []),
        method.id,
      ])
    }

    for (const [sellerId, { name, needsShipping }] of sellers) {
      const methods = methodsBySeller.get(sellerId) ?? []
      if (methods.length > 1) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Seller "${name}" (${sellerId}) has ${methods.length} shipping methods in the cart; choose exactly one`
        )
      }
      if (needsShipping && !methods.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `No shipping method chosen for the items of seller "${name}" (${sellerId}); add one of its shipping options`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
