import { MedusaError } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  retrieveCartSellers,
  retrieveSellerNames,
  retrieveShippingOptionSellers,
} from "../cart/utils/cart-sellers"

/**
 * A cart gets at most one shipping method per seller, from a shipping option of a seller
 * with items in the cart: refused when the method is added (400 `invalid_data`), not only
 * at checkout. Medusa replaces a method whose option shares the new option's shipping
 * profile, and every seller has its own profile, so picking another option of the same
 * seller replaces its method; a second method for one seller only arises from one request
 * naming two of its options, or a seller whose options span profiles.
 */
addShippingMethodToCartWorkflow.hooks.validate(
  async ({ input }, { container }) => {
    const incomingIds = (input.options ?? []).map((option) => option.id)
    if (!incomingIds.length) {
      return
    }
    // Seller names only for the error message: link tables, no product/seller join.
    const { sellers, shippingMethods } = await retrieveCartSellers(
      container,
      input.cart_id,
      { withNames: false }
    )
    const existingIds = shippingMethods.flatMap((method) =>
      method.shipping_option_id ? [method.shipping_option_id] : []
    )
    const optionSellers = await retrieveShippingOptionSellers(
      container,
      [...incomingIds, ...existingIds],
      { withProfiles: true }
    )
    const cartSellers = new Set(sellers.map((seller) => seller.id))

    for (const optionId of incomingIds) {
      const sellerId = optionSellers.get(optionId)?.seller_id
      if (!sellerId || !cartSellers.has(sellerId)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Shipping option ${optionId} does not belong to a seller of the cart's items; choose one listed by GET /store/shipping-options?cart_id=${input.cart_id}`
        )
      }
    }

    const incomingProfiles = new Set(
      incomingIds.map((id) => optionSellers.get(id)?.shipping_profile_id)
    )
    const keptIds = existingIds.filter(
      (id) => !incomingProfiles.has(optionSellers.get(id)?.shipping_profile_id)
    )
    const optionsBySeller = new Map<string, string[]>()
    for (const optionId of [...keptIds, ...incomingIds]) {
      const sellerId = optionSellers.get(optionId)?.seller_id
      if (!sellerId) {
        continue
      }
      const options = [...(optionsBySeller.get(sellerId) ?? []), optionId]
      optionsBySeller.set(sellerId, options)
      if (options.length > 1) {
        const name =
          (await retrieveSellerNames(container, [sellerId])).get(sellerId) ??
          sellerId
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Seller "${name}" (${sellerId}) would have two shipping methods (${options.join(", ")}); a cart has one shipping method per seller`
        )
      }
    }
  }
)
