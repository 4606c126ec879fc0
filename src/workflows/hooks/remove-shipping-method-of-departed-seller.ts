import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import {
  retrieveCartLines,
  retrieveProductSellerIds,
  retrieveShippingOptionSellers,
} from "../cart/utils/cart-sellers"

/**
 * When a seller's last item leaves the cart, its shipping method goes too. Medusa's
 * refresh already drops a method whose shipping profile no item needs, but only when the
 * cart has more than one method; with one seller per profile that leaves exactly the
 * single-method cart to this hook (it runs in the refresh, under the cart lock, before
 * the payment collection is recomputed). Every refresh (each cart mutation) runs it, so it
 * reads little: the cart's lines (one Cart Module read, enough for carts with no or several
 * methods), then the method's option ↔ seller link and whether that seller still has a
 * product among the items (product ↔ seller link).
 */
refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(
  async ({ input }, { container }) => {
    const { productIds, shippingMethods } = await retrieveCartLines(
      container,
      input.cart_id
    )
    const [method] = shippingMethods
    if (shippingMethods.length !== 1 || !method.shipping_option_id) {
      return new StepResponse(undefined, [] as string[])
    }
    const sellerId = (
      await retrieveShippingOptionSellers(container, [
        method.shipping_option_id,
      ])
    ).get(method.shipping_option_id)?.seller_id
    if (!sellerId) {
      return new StepResponse(undefined, [] as string[])
    }
    const sellersProducts = await retrieveProductSellerIds(
      container,
      productIds,
      sellerId
    )
    if (sellersProducts.size) {
      return new StepResponse(undefined, [] as string[])
    }
    const orphaned = [method.id]
    await container
      .resolve<ICartModuleService>(Modules.CART)
      .softDeleteShippingMethods(orphaned)
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
