import type { AxiosInstance } from "axios"
import type { MarketplaceFixture, SellerFixture } from "../../utils/marketplace-fixtures"
import { SHIPPING_ADDRESS, startSystemPayment } from "../../utils/marketplace-fixtures"
import type { Headers } from "../../utils/sellers"

export type PlacedOrder = { id: string; seller_id: string; items: { id: string; variant_id: string }[] }

/** A registered, logged-in customer: its bearer plus the storefront's publishable key. */
export async function customerSession(
  api: AxiosInstance,
  marketplace: Pick<MarketplaceFixture, "store">,
  email: string
): Promise<Headers> {
  const credentials = { email, password: "customer-password" }
  const registration = await api.post("/auth/customer/emailpass/register", credentials)
  await api.post(
    "/store/customers",
    { email, first_name: "Ada" },
    { headers: { ...marketplace.store.headers, authorization: `Bearer ${registration.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", credentials)
  const session = { headers: { ...marketplace.store.headers, authorization: `Bearer ${login.data.token}` } }
  // /store routes also serve guests: prove the token is a customer's before relying on it.
  await api.get("/store/customers/me", session)
  return session
}

/**
 * The customer buys two of every variant of each seller in one cart and completes it through
 * the split checkout: one order group, one order per seller, all of them the customer's.
 */
export async function checkoutAsCustomer(
  api: AxiosInstance,
  marketplace: MarketplaceFixture,
  customer: Headers,
  sellers: SellerFixture[]
): Promise<{ id: string; orders: PlacedOrder[] }> {
  const items = sellers.flatMap((seller) => seller.variants).map((variant) => ({ variant_id: variant.id, quantity: 2 }))
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    { region_id: marketplace.regionId, shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS, items },
    customer
  )
  for (const seller of sellers) {
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: seller.shippingOptionId }, customer)
  }
  await startSystemPayment(api, cart.id, customer)
  const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, customer)
  if (data.type !== "order_group") {
    throw new Error(`checkout did not complete: ${JSON.stringify(data.error ?? data)}`)
  }
  return data.order_group
}
