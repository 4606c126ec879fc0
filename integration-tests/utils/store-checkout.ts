import type { AxiosInstance } from "axios"
import {
  MarketplaceFixture,
  SellerFixture,
  SHIPPING_ADDRESS,
  startSystemPayment,
} from "./marketplace-fixtures"
import type { Headers } from "./sellers"

/**
 * A storefront checkout as a shopper makes it: a cart, each variant of the given sellers
 * added as its own line item (Medusa's add-to-cart workflow), a shipping method per
 * seller, a `pp_system_default` payment session, completion. `headers` are the
 * publishable key for a guest, or a customer's session.
 */
export async function checkOutStore(
  api: AxiosInstance,
  marketplace: MarketplaceFixture,
  headers: Headers,
  options: { sellers?: SellerFixture[]; quantity?: number; email?: string } = {}
): Promise<{ cartId: string; groupId: string; orders: { id: string; seller_id: string }[] }> {
  const sellers = options.sellers ?? marketplace.sellers
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: marketplace.regionId,
      shipping_address: SHIPPING_ADDRESS,
      billing_address: SHIPPING_ADDRESS,
      ...(options.email ? { email: options.email } : {}),
    },
    headers
  )
  for (const variant of sellers.flatMap((seller) => seller.variants)) {
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: options.quantity ?? 2 }, headers)
  }
  for (const seller of sellers) {
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: seller.shippingOptionId }, headers)
  }
  await startSystemPayment(api, cart.id, headers)
  const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, headers)
  if (data.type !== "order_group") {
    throw new Error(`checkout did not complete: ${JSON.stringify(data.error ?? data)}`)
  }
  return { cartId: cart.id, groupId: data.order_group.id, orders: data.order_group.orders }
}
