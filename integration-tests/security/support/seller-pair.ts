import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { createAdminSession } from "../../utils/admin"
import {
  createMarketplace,
  MarketplaceFixture,
  SellerFixture,
  SellerSpec,
} from "../../utils/marketplace-builder"
import { creditLedger, memberLogin, payoutService } from "../../utils/payouts"
import { ownerLogin } from "../../utils/seller-login"
import {
  Headers,
  listNotifications,
  registerIdentity,
} from "../../utils/sellers"
import { settleBackgroundWork } from "../../utils/settle"
import { createCustomerSession } from "../../utils/store-cart"
import { multipart, PNG } from "../../utils/uploads"
import { waitFor } from "../../utils/wait-for"
import { checkoutAsCustomer, PlacedOrder } from "./customer-checkout"
import type {
  AdminCommissionRuleResponse,
  VendorCreateFulfillmentResponse,
  VendorReturnResponse,
  VendorCreatePayoutAccountResponse,
  VendorInviteResponse,
  VendorMemberListResponse,
  VendorProductResponse,
  StoreCustomerReviewResponse,
  VendorRequestResponse,
  VendorUploadResponse,
} from "../../../src/types/http"

/** Everything one seller owns that a /vendor route can address, and how to act as its owner. */
export type SellerSide = {
  name: string
  sellerId: string
  owner: Headers
  ownerEmail: string
  productId: string
  variantId: string
  /** An option of the product that no variant uses (so removing it would go through). */
  optionId: string
  stockLocationId: string
  shippingOptionId: string
  /**
   * The seller's order in the shared order group, two units per line: the first line
   * fulfilled (not shipped) with one unit of it being returned, the second line open.
   */
  orderId: string
  fulfilledItemId: string
  openItemId: string
  fulfillmentId: string
  /** The requested (not yet received) return of one unit of the fulfilled line. */
  returnId: string
  payoutId: string
  payoutAccountId: string
  requestId: string
  /** The customer's published review of the seller's product, from the fulfilled line. */
  reviewId: string
  inviteId: string
  inviteEmail: string
  /** The raw invite token, as the invitee received it by email. */
  inviteToken: string
  /** Another pending invite, for the routes that revoke or resend one (so inviteToken stays valid). */
  pendingInviteId: string
  /** A team member with the `member` role besides the owner. */
  memberId: string
  uploadId: string
  uploadUrl: string
}

/**
 * Two open sellers A and B with one of everything, sold to the same customer in one order
 * group (so B's data sits right next to A's), captured, partly fulfilled and returned, with payouts,
 * payout accounts, requests, invites, notifications, commission lines and ledger entries;
 * plus an admin, the customer, a seller registration token without a seller yet, a
 * commission rule for A, and a product category and collection holding both sellers' products.
 */
export type SellerPair = {
  a: SellerSide
  b: SellerSide
  admin: Headers
  customer: Headers
  /** `POST /auth/seller/emailpass/register` token of someone who is no seller's member. */
  identity: Headers
  orderGroupId: string
  commissionRuleId: string
  marketplace: MarketplaceFixture
}

const PAIR: SellerSpec[] = [
  {
    name: "Alpha Atelier",
    shippingPrice: 4.95,
    products: [{ title: "Alpha scarf", prices: [19.99, 24.49] }],
  },
  {
    name: "Beta Bindery",
    shippingPrice: 3.5,
    products: [{ title: "Beta notebook", prices: [12.37, 8.5] }],
  },
]

export async function buildSellerPair(
  api: AxiosInstance,
  container: MedusaContainer,
  utils: { waitWorkflowExecutions: () => Promise<void> }
): Promise<SellerPair> {
  const admin = await createAdminSession(container, api)
  const marketplace = await createMarketplace(container, PAIR)
  const [alpha, beta] = marketplace.sellers
  const owners = {
    a: await ownerLogin(api, container, alpha.id, "owner@alpha-atelier.test"),
    b: await ownerLogin(api, container, beta.id, "owner@beta-bindery.test"),
  }

  const customer = await createCustomerSession(
    api,
    marketplace,
    "buyer@example.test"
  )
  const group = await checkoutAsCustomer(api, marketplace, customer, [
    alpha,
    beta,
  ])
  await settleBackgroundWork(utils)
  await api.post(`/admin/order-groups/${group.id}/capture`, {}, admin)
  // A payable balance for each seller, paid out by the payout job (manual provider: `processing`).
  await creditLedger(container, alpha.id, [
    { amount: "50.00", type: "adjustment", reference: "matrix-a" },
  ])
  await creditLedger(container, beta.id, [
    { amount: "40.00", type: "adjustment", reference: "matrix-b" },
  ])
  await api.post(
    "/admin/payouts/run",
    { seller_ids: [alpha.id, beta.id] },
    admin
  )

  const a = await completeSide(
    api,
    container,
    alpha,
    owners.a,
    "owner@alpha-atelier.test",
    group.orders,
    customer
  )
  const b = await completeSide(
    api,
    container,
    beta,
    owners.b,
    "owner@beta-bindery.test",
    group.orders,
    customer
  )

  const {
    data: { commission_rule },
  } = await api.post<AdminCommissionRuleResponse>(
    "/admin/commission-rules",
    { seller_id: alpha.id, kind: "percentage", value: 12 },
    admin
  )
  await shareCategoryAndCollection(api, admin, [
    alpha.productIds[0],
    beta.productIds[0],
  ])

  const identity = await registerIdentity(api, "stranger@nowhere.test")
  await settleBackgroundWork(utils)
  return {
    a,
    b,
    admin,
    customer,
    identity,
    orderGroupId: group.id,
    commissionRuleId: commission_rule.id,
    marketplace,
  }
}

async function completeSide(
  api: AxiosInstance,
  container: MedusaContainer,
  seller: SellerFixture,
  owner: Headers,
  ownerEmail: string,
  orders: PlacedOrder[],
  customer: Headers
): Promise<SellerSide> {
  const order = orders.find((candidate) => candidate.seller_id === seller.id)
  if (!order || order.items.length < 2) {
    throw new Error(`the checkout left no two-item order for ${seller.name}`)
  }
  const [fulfilled, open] = order.items
  const inviteEmail = `invitee@${seller.handle}.test`
  const {
    data: { fulfillment_id },
  } = await api.post<VendorCreateFulfillmentResponse>(
    `/vendor/orders/${order.id}/fulfillments`,
    { items: [{ id: fulfilled.id, quantity: 2 }] },
    owner
  )
  const {
    data: { return: orderReturn },
  } = await api.post<VendorReturnResponse>(
    `/vendor/orders/${order.id}/returns`,
    { items: [{ id: fulfilled.id, quantity: 1 }], reason: "Too small" },
    owner
  )
  const {
    data: { review },
  } = await api.post<StoreCustomerReviewResponse>(
    "/store/reviews",
    {
      reference: "product",
      reference_id: seller.productIds[0],
      order_id: order.id,
      line_item_id: fulfilled.id,
      rating: 4,
    },
    customer
  )
  const {
    data: { request },
  } = await api.post<VendorRequestResponse>(
    "/vendor/requests",
    { type: "product_category", payload: { name: `${seller.name} shelf` } },
    owner
  )
  const {
    data: { invite },
  } = await api.post<VendorInviteResponse>(
    "/vendor/invites",
    { email: inviteEmail, role: "member" },
    owner
  )
  const {
    data: { invite: pendingInvite },
  } = await api.post<VendorInviteResponse>(
    "/vendor/invites",
    { email: `pending@${seller.handle}.test`, role: "admin" },
    owner
  )
  await memberLogin(
    api,
    container,
    seller.id,
    `member@${seller.handle}.test`,
    "member"
  )
  const {
    data: { members },
  } = await api.get<VendorMemberListResponse>(
    "/vendor/members?role=member",
    owner
  )
  const {
    data: { payout_account },
  } = await api.post<VendorCreatePayoutAccountResponse>(
    "/vendor/payout-account",
    {},
    owner
  )
  const {
    data: {
      files: [upload],
    },
  } = await api.post<VendorUploadResponse>(
    "/vendor/uploads",
    multipart([{ name: "logo.png", type: "image/png", content: PNG }]),
    owner
  )
  const {
    data: { product },
  } = await api.post<VendorProductResponse>(
    `/vendor/products/${seller.productIds[0]}/options`,
    { title: "Gift wrap", values: ["Yes", "No"] },
    owner
  )
  const giftWrap = product.options.find(
    (option) => option.title === "Gift wrap"
  )
  if (!payout_account) {
    throw new Error(`no payout account was created for ${seller.name}`)
  }
  const [payout] = await payoutService(container).listPayouts({
    seller_id: seller.id,
  })
  if (!payout) {
    throw new Error(`the payout run paid nothing to ${seller.name}`)
  }
  if (!giftWrap) {
    throw new Error(`no option was added to ${seller.name}'s product`)
  }
  return {
    name: seller.name,
    sellerId: seller.id,
    owner,
    ownerEmail,
    productId: seller.productIds[0],
    variantId: seller.variants[0].id,
    optionId: giftWrap.id,
    stockLocationId: seller.stockLocationId,
    shippingOptionId: seller.shippingOptionId,
    orderId: order.id,
    fulfilledItemId: fulfilled.id,
    openItemId: open.id,
    fulfillmentId: fulfillment_id,
    returnId: orderReturn.id,
    payoutId: payout.id,
    payoutAccountId: payout_account.id,
    requestId: request.id,
    reviewId: review.id,
    inviteId: invite.id,
    inviteEmail,
    inviteToken: await inviteToken(container, invite.id),
    pendingInviteId: pendingInvite.id,
    memberId: members[0].id,
    uploadId: upload.id,
    uploadUrl: upload.url,
  }
}

/** The invite email carries the raw token (only its hash is stored). */
async function inviteToken(
  container: MedusaContainer,
  inviteId: string
): Promise<string> {
  const email = await waitFor(
    async () => {
      const found = await listNotifications(container, {
        resource_id: inviteId,
        channel: "email",
      })
      return found.find((notification) => notification.data?.token)
    },
    { what: `the invite email of ${inviteId}` }
  )
  return String(email.data!.token)
}

/** An admin files both sellers' products under one category and one collection. */
async function shareCategoryAndCollection(
  api: AxiosInstance,
  admin: Headers,
  productIds: string[]
) {
  const {
    data: { product_category },
  } = await api.post(
    "/admin/product-categories",
    { name: "Shared shelf", is_active: true },
    admin
  )
  await api.post(
    `/admin/product-categories/${product_category.id}/products`,
    { add: productIds },
    admin
  )
  const {
    data: { collection },
  } = await api.post(
    "/admin/collections",
    { title: "Shared collection" },
    admin
  )
  await api.post(
    `/admin/collections/${collection.id}/products`,
    { add: productIds },
    admin
  )
}
