import type { ICartModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import {
  retrieveCartSellers,
  retrieveShippingOptionSellers,
} from "../cart/utils/cart-sellers"

/**
 * When a seller's last item leaves the cart, its shipping method goes too. Medusa's
 * refresh already drops a method whose shipping profile no item needs, but only when the
 * cart has more than one method; with one seller per profile that leaves exactly the
 * single-method cart to this hook (it runs in the refresh, under the cart lock, before
 * the payment collection is recomputed). Carts with no or several methods cost one
 * Cart Module read.
 */
refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(
  async ({ input }, { container }) => {
    const cartId = input.cart_id
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "shipping_methods.id"],
      filters: { id: cartId },
    })
    const methods =
      (data[0] as { shipping_methods?: { id: string }[] | null } | undefined)
        ?.shipping_methods ?? []
    if (methods.length !== 1) {
      return new StepResponse(undefined, [] as string[])
    }
    const { sellers, shippingMethods } = await retrieveCartSellers(
      container,
      cartId
    )
    const optionSellers = await retrieveShippingOptionSellers(
      container,
      shippingMethods.flatMap((method) =>
        method.shipping_option_id ? [method.shipping_option_id] : []
      )
    )
    const cartSellers = new Set(sellers.map((seller) => seller.id))
    const orphaned = shippingMethods
      .filter((method) => {
        const sellerId = method.shipping_option_id
          ? optionSellers.get(method.shipping_option_id)?.seller_id
          : undefined
        return sellerId !== undefined && !cartSellers.has(sellerId)
      })
      .map((method) => method.id)
    if (orphaned.length) {
      await container
        .resolve<ICartModuleService>(Modules.CART)
        .softDeleteShippingMethods(orphaned)
    }
    return new StepResponse(undefined, orphaned)
  },
  async (removed, { container }) => {
    if (removed?.length) {
      await container
        .resolve<ICartModuleService>(Modules.CART)
        .restoreShippingMethods(removed)
    }
  }
)
