import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createPromotion,
  createSellers,
  createStorefront,
  Storefront,
} from "../../utils/marketplace-builder"

/** The cart cache specs' shop: one seller's two-variant product, one shipping option, a promotion. */
export type CartCacheStorefront = Storefront & {
  variantIds: [string, string]
  sellerId: string
  shippingOptionId: string
  promoCode: string
}

/** Built once per spec file, before the database snapshot. */
export async function createCartCacheStorefront(
  container: MedusaContainer
): Promise<CartCacheStorefront> {
  const storefront = await createStorefront(container, {
    name: "Cart cache storefront",
    // Taxes only through POST /store/carts/:id/taxes, so that route is observable.
    automaticTaxes: false,
  })
  const [seller] = await createSellers(container, storefront, [
    {
      name: "Cache Outfitters",
      shippingPrice: 5,
      products: [{ title: "Cache tee", prices: [20, 25] }],
    },
  ])
  return {
    ...storefront,
    variantIds: [seller.variants[0].id, seller.variants[1].id],
    sellerId: seller.id,
    shippingOptionId: seller.shippingOptionId,
    promoCode: await createPromotion(container, "CACHE10"),
  }
}
