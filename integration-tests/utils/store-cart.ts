import type { AxiosInstance } from "axios"
import {
  MarketplaceFixture,
  SellerFixture,
  SHIPPING_ADDRESS,
  Storefront,
} from "./marketplace-builder"
import type { Headers } from "./sellers"

// What a storefront does over the /store routes, against a built marketplace.

export type CartLine = { variant_id: string; quantity: number }

/** The part of a store cart the checkout specs read. */
export type StoreCart = {
  id: string
  total: number
  subtotal: number
  tax_total: number
  discount_total: number
  shipping_total: number
  completed_at: string | null
  items: { id: string; variant_id: string; quantity: number; total: number }[]
  shipping_methods: { id: string; shipping_option_id: string; total: number }[]
  payment_collection?: {
    id: string
    payment_sessions?: { id: string; status: string }[]
  } | null
}

/**
 * A cart ready to complete, built through the store routes as a storefront would: items,
 * address and email, one shipping method per given option, the promotion when asked, and
 * a `pp_system_default` payment session. Returns the cart as `GET /store/carts/:id` shows it.
 */
export async function createReadyCart(
  api: AxiosInstance,
  marketplace: MarketplaceFixture,
  options: {
    lines: CartLine[]
    shippingOptionIds: string[]
    promoCode?: string
    email?: string
  }
): Promise<StoreCart> {
  const { store } = marketplace
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: marketplace.regionId,
      // Concurrent carts need distinct guest emails: Medusa creates the guest customer
      // per email and two simultaneous creations of one email fail with a 400.
      email: options.email ?? "ada@example.test",
      shipping_address: SHIPPING_ADDRESS,
      billing_address: SHIPPING_ADDRESS,
    },
    store
  )
  for (const line of options.lines) {
    await api.post(`/store/carts/${cart.id}/line-items`, line, store)
  }
  for (const optionId of options.shippingOptionIds) {
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: optionId },
      store
    )
  }
  if (options.promoCode) {
    await api.post(
      `/store/carts/${cart.id}/promotions`,
      { promo_codes: [options.promoCode] },
      store
    )
  }
  await startSystemPayment(api, cart.id, store)
  return readCart(api, marketplace, cart.id)
}

/** The last step before completing a cart: its payment collection with a `pp_system_default` session. */
export async function startSystemPayment(
  api: AxiosInstance,
  cartId: string,
  headers: Headers
): Promise<void> {
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
}

export async function readCart(
  api: AxiosInstance,
  storefront: Pick<Storefront, "store">,
  cartId: string
): Promise<StoreCart> {
  const { data } = await api.get(`/store/carts/${cartId}`, {
    ...storefront.store,
    params: {
      fields:
        "+payment_collection.payment_sessions.status,+completed_at,+items.total,+shipping_methods.total",
    },
  })
  return data.cart
}

/** Every line of each seller's variants, `quantity` each. */
export function linesOf(seller: SellerFixture, quantity = 1): CartLine[] {
  return seller.variants.map((variant) => ({
    variant_id: variant.id,
    quantity,
  }))
}

/** A registered, logged-in customer: its bearer plus the storefront's publishable key. */
export async function createCustomerSession(
  api: AxiosInstance,
  storefront: Pick<Storefront, "store">,
  email: string
): Promise<Headers> {
  const credentials = { email, password: "customer-password" }
  const registration = await api.post(
    "/auth/customer/emailpass/register",
    credentials
  )
  await api.post(
    "/store/customers",
    { email, first_name: "Ada" },
    {
      headers: {
        ...storefront.store.headers,
        authorization: `Bearer ${registration.data.token}`,
      },
    }
  )
  const login = await api.post("/auth/customer/emailpass", credentials)
  const session = {
    headers: {
      ...storefront.store.headers,
      authorization: `Bearer ${login.data.token}`,
    },
  }
  // /store routes also serve guests: prove the token is a customer's before relying on it.
  await api.get("/store/customers/me", session)
  return session
}

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
): Promise<{
  cartId: string
  groupId: string
  orders: { id: string; seller_id: string }[]
}> {
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
    await api.post(
      `/store/carts/${cart.id}/line-items`,
      { variant_id: variant.id, quantity: options.quantity ?? 2 },
      headers
    )
  }
  for (const seller of sellers) {
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: seller.shippingOptionId },
      headers
    )
  }
  await startSystemPayment(api, cart.id, headers)
  const { data } = await api.post(
    `/store/carts/${cart.id}/complete`,
    {},
    headers
  )
  if (data.type !== "order_group") {
    throw new Error(
      `checkout did not complete: ${JSON.stringify(data.error ?? data)}`
    )
  }
  return {
    cartId: cart.id,
    groupId: data.order_group.id,
    orders: data.order_group.orders,
  }
}
