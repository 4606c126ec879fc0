import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import type { MarketplaceFixture, SellerFixture } from "./marketplace-builder"
import type { Headers } from "./sellers"
import { placeSellerOrder } from "./vendor-orders"

export type Shopper = { session: Headers; id: string; email: string }

/** The logged-in customer behind a store session. */
export async function shopperOf(
  api: AxiosInstance,
  session: Headers
): Promise<Shopper> {
  const {
    data: { customer },
  } = await api.get("/store/customers/me", session)
  return { session, id: customer.id, email: customer.email }
}

/**
 * An order of one unit of each of the seller's variants placed by the customer, fulfilled
 * by the seller's owner through `POST /vendor/orders/:id/fulfillments` unless `fulfil` is
 * false. Returns the order and its line ids (one per variant, in the seller's order).
 */
export async function customerOrder(
  api: AxiosInstance,
  container: MedusaContainer,
  marketplace: MarketplaceFixture,
  seller: SellerFixture,
  owner: Headers,
  shopper: Shopper,
  options: { fulfil?: boolean } = {}
): Promise<{ id: string; itemIds: string[] }> {
  const order = await placeSellerOrder(
    container,
    marketplace,
    seller.id,
    {
      stockLocationId: seller.stockLocationId,
      shippingOptionId: seller.shippingOptionId,
      productId: seller.productIds[0],
      variantIds: seller.variants.map((variant) => variant.id),
      prices: seller.variants.map((variant) => variant.price),
    },
    { email: shopper.email, customer_id: shopper.id }
  )
  if (options.fulfil ?? true) {
    await api.post(
      `/vendor/orders/${order.id}/fulfillments`,
      { items: order.itemIds.map((id) => ({ id, quantity: 1 })) },
      owner
    )
  }
  return order
}
