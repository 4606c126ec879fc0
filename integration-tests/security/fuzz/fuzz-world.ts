import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { createAdminSession } from "../../utils/admin"
import {
  createStorefront,
  SHIPPING_ADDRESS,
  Storefront,
} from "../../utils/marketplace-builder"
import {
  activateStripeAccount,
  creditLedger,
  memberLogin,
} from "../../utils/payouts"
import { Headers, registerIdentity, registerSeller } from "../../utils/sellers"
import {
  createCustomerSession,
  startSystemPayment,
} from "../../utils/store-cart"
import {
  createSellerCatalog,
  openSeller,
  SellerCatalog,
  VENDOR_STOREFRONT,
} from "../../utils/vendor-catalog"
import { REVIEW_MODULE, ReviewModuleService } from "../../../src/modules/review"
import type { PathIds } from "./paths"
import { STRIPE_WEBHOOK_SECRET } from "./stripe-stand-in"

/** Everything a fuzzed request can authenticate with and point at. */
export type FuzzWorld = {
  baseUrl: string
  /**
   * Headers per audience; /vendor gets the owner's most of the time, else a bare registration
   * token's; /store the publishable key, with a customer's session on customer routes.
   */
  auth: {
    vendorOwner: Headers
    vendorRegistration: Headers
    admin: Headers
    store: Headers
    customer: Headers
  }
  pathIds: PathIds
  /** Every real id, for body and query fields named `id` / `*_id`. */
  ids: string[]
  sellerId: string
}

/**
 * One open seller with a catalog, checked-out orders (one group captured and paid out
 * through the Stripe stand-in, one not captured, one cart still open), a fulfillment and a
 * return of it, a
 * commission rule, requests, and a second seller still pending approval.
 */
export async function buildFuzzWorld(
  api: AxiosInstance,
  container: MedusaContainer
): Promise<FuzzWorld> {
  const admin = await createAdminSession(container, api)
  const storefront = await createStorefront(container, VENDOR_STOREFRONT)
  const alpha = await openSeller(api, admin, "Fuzz Alpha")
  const pending = await registerSeller(api, "Fuzz Pending")
  const catalog = await createSellerCatalog(api, admin, alpha, {
    title: "Fuzz lamp",
    prices: [10, 20],
    stock: 100,
  })

  const captured = await checkOut(api, storefront, catalog, true)
  const uncaptured = await checkOut(api, storefront, catalog, true)
  const open = await checkOut(api, storefront, catalog, false)
  await api.post(`/admin/order-groups/${captured.groupId}/capture`, {}, admin)

  const { data: fulfilled } = await api.post(
    `/vendor/orders/${captured.orderId}/fulfillments`,
    { items: [{ id: captured.itemIds[0], quantity: 1 }] },
    alpha.owner
  )
  const {
    data: { return: orderReturn },
  } = await api.post(
    `/vendor/orders/${captured.orderId}/returns`,
    { items: [{ id: captured.itemIds[0], quantity: 1 }], reason: "Fuzz" },
    alpha.owner
  )
  const { data: request } = await api.post(
    "/vendor/requests",
    { type: "product_category", payload: { name: "Lamps" } },
    alpha.owner
  )
  const {
    data: { requests: registrations },
  } = await api.get(
    `/admin/requests?seller_id=${pending.seller.id}&status=pending`,
    admin
  )
  const { data: rule } = await api.post(
    "/admin/commission-rules",
    { kind: "percentage", value: 12, seller_id: alpha.seller.id },
    admin
  )

  const stripeAccountId = await activateStripeAccount(
    api,
    alpha,
    STRIPE_WEBHOOK_SECRET
  )
  await creditLedger(container, alpha.seller.id, [{ amount: "25.00" }])
  const {
    data: { summary },
  } = await api.post(
    "/admin/payouts/run",
    { seller_ids: [alpha.seller.id] },
    admin
  )
  const payoutIds: string[] = summary.payouts.map(
    (payout: { id: string }) => payout.id
  )
  const {
    data: { invite },
  } = await api.post(
    "/vendor/invites",
    { email: "invitee@fuzz.test", role: "member" },
    alpha.owner
  )
  await memberLogin(
    api,
    container,
    alpha.seller.id,
    "packer@fuzz.test",
    "member"
  )
  const {
    data: { members },
  } = await api.get("/vendor/members", alpha.owner)
  const {
    data: { product },
  } = await api.get(`/vendor/products/${catalog.productId}`, alpha.owner)
  const customer = await createCustomerSession(
    api,
    storefront,
    "shopper@fuzz.test"
  )
  // The shopper's pending review of the captured order's product (a fixture: the shopper
  // did not place that guest order, which the review routes never re-check after creation).
  const {
    data: { customer: shopper },
  } = await api.get("/store/customers/me", customer)
  const review = await container
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .createReviews({
      reference: "product",
      reference_id: catalog.productId,
      seller_id: alpha.seller.id,
      customer_id: shopper.id,
      order_id: captured.orderId,
      line_item_id: captured.itemIds[0],
      rating: 4,
      status: "pending",
    })

  const pathIds: PathIds = {
    "vendor/orders": [captured.orderId, uncaptured.orderId],
    "vendor/fulfillments": [fulfilled.fulfillment_id],
    "vendor/products": [catalog.productId],
    "vendor/variants": catalog.variantIds,
    "vendor/options": product.options.map(
      (option: { id: string }) => option.id
    ),
    "vendor/payouts": payoutIds,
    "vendor/returns": [orderReturn.id],
    "vendor/shipping-options": [catalog.shippingOptionId],
    "vendor/stock-locations": [catalog.stockLocationId],
    "vendor/members": members.map((member: { id: string }) => member.id),
    "vendor/invites": [invite.id],
    "admin/commission-rules": [rule.commission_rule.id],
    "admin/order-groups": [captured.groupId, uncaptured.groupId],
    "admin/orders": [captured.orderId, uncaptured.orderId],
    "admin/products": [catalog.productId],
    "admin/payouts": payoutIds,
    "admin/requests": [
      request.request.id,
      ...registrations.map((r: { id: string }) => r.id),
    ],
    "admin/sellers": [alpha.seller.id, pending.seller.id],
    "vendor/reviews": [review.id],
    "admin/reviews": [review.id],
    "store/reviews": [review.id],
    "store/products": [catalog.productId],
    "store/sellers": [alpha.seller.handle],
    "store/carts": [open.cartId, captured.cartId],
    "store/order-groups": [captured.groupId, uncaptured.groupId],
    "hooks/payouts": ["stripe-connect"],
    "hooks/payment": ["stripe_stripe"],
  }
  const ids = [
    ...new Set([
      ...Object.values(pathIds).flat(),
      ...captured.itemIds,
      ...uncaptured.itemIds,
      storefront.regionId,
      stripeAccountId,
    ]),
  ]
  return {
    baseUrl: api.defaults.baseURL as string,
    auth: {
      vendorOwner: alpha.owner,
      vendorRegistration: await registerIdentity(api, "newcomer@fuzz.test"),
      admin,
      store: storefront.store,
      customer,
    },
    pathIds,
    ids,
    sellerId: alpha.seller.id,
  }
}

type Checkout = {
  cartId: string
  groupId: string
  orderId: string
  itemIds: string[]
}

/** A storefront cart of the seller's two variants, completed (split checkout) when asked. */
async function checkOut(
  api: AxiosInstance,
  storefront: Storefront,
  catalog: SellerCatalog,
  complete: boolean
): Promise<Checkout> {
  const { store } = storefront
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: storefront.regionId,
      email: "ada@example.test",
      shipping_address: SHIPPING_ADDRESS,
    },
    store
  )
  for (const variantId of catalog.variantIds) {
    await api.post(
      `/store/carts/${cart.id}/line-items`,
      { variant_id: variantId, quantity: 2 },
      store
    )
  }
  await api.post(
    `/store/carts/${cart.id}/shipping-methods`,
    { option_id: catalog.shippingOptionId },
    store
  )
  await startSystemPayment(api, cart.id, store)
  if (!complete) {
    return { cartId: cart.id, groupId: "", orderId: "", itemIds: [] }
  }
  const {
    data: { order_group },
  } = await api.post(`/store/carts/${cart.id}/complete`, {}, store)
  const [order] = order_group.orders as {
    id: string
    items: { id: string }[]
  }[]
  return {
    cartId: cart.id,
    groupId: order_group.id,
    orderId: order.id,
    itemIds: order.items.map((item) => item.id),
  }
}
