import type { z } from "@medusajs/framework/zod"
import type * as Invites from "../../../src/api/vendor/invites/validators"
import type * as Members from "../../../src/api/vendor/members/validators"
import type * as Orders from "../../../src/api/vendor/orders/validators"
import type * as PayoutAccount from "../../../src/api/vendor/payout-account/validators"
import type * as Products from "../../../src/api/vendor/products/validators"
import type * as Requests from "../../../src/api/vendor/requests/validators"
import type * as Returns from "../../../src/api/vendor/returns/validators"
import type * as Reviews from "../../../src/api/vendor/reviews/validators"
import type * as Sellers from "../../../src/api/vendor/sellers/validators"
import type * as ShippingOptions from "../../../src/api/vendor/shipping-options/validators"
import type * as StockLocations from "../../../src/api/vendor/stock-locations/validators"
import type * as Http from "../../../src/types/http"
import { sdk } from "./sdk"

/** A request body as the route's validator accepts it (defaults still optional). */
type Body<Schema extends z.ZodType> = z.input<Schema>

/** Query parameters of the list routes: Medusa's `limit`/`offset`/`order`/`fields` and filters. */
export type ListQuery = Record<string, unknown>

const get = <T>(path: string, query?: ListQuery) =>
  sdk.client.fetch<T>(path, { query })
const post = <T>(path: string, body: object = {}) =>
  sdk.client.fetch<T>(path, { method: "POST", body })
const del = <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

/**
 * Every /vendor call the panel makes, typed with the routes' own request validators and
 * response types (src/types/http): one place where the panel meets the API.
 */
export const vendor = {
  sellers: {
    register: (body: Body<typeof Sellers.VendorCreateSeller>) =>
      post<Http.VendorCreateSellerResponse>("/vendor/sellers", body),
    me: () => get<Http.VendorSellerResponse>("/vendor/sellers/me"),
    update: (body: Body<typeof Sellers.VendorUpdateSeller>) =>
      post<Http.VendorSellerResponse>("/vendor/sellers/me", body),
  },
  members: {
    list: (query?: ListQuery) =>
      get<Http.VendorMemberListResponse>("/vendor/members", query),
    update: (id: string, body: Body<typeof Members.VendorUpdateMember>) =>
      post<Http.VendorMemberResponse>(`/vendor/members/${id}`, body),
    remove: (id: string) =>
      del<Http.VendorMemberDeleteResponse>(`/vendor/members/${id}`),
  },
  invites: {
    list: (query?: ListQuery) =>
      get<Http.VendorInviteListResponse>("/vendor/invites", query),
    create: (body: Body<typeof Invites.VendorCreateInvite>) =>
      post<Http.VendorInviteResponse>("/vendor/invites", body),
    resend: (id: string) =>
      post<Http.VendorInviteResponse>(`/vendor/invites/${id}/resend`),
    revoke: (id: string) =>
      del<Http.VendorInviteDeleteResponse>(`/vendor/invites/${id}`),
    accept: (body: Body<typeof Invites.VendorAcceptInvite>) =>
      post<Http.VendorAcceptInviteResponse>("/vendor/invites/accept", body),
  },
  uploads: {
    create: (files: File[]) => {
      const form = new FormData()
      files.forEach((file) => form.append("files", file))
      return sdk.client.fetch<Http.VendorUploadResponse>("/vendor/uploads", {
        method: "POST",
        // The browser sets the multipart boundary itself.
        headers: { "content-type": null },
        body: form,
      })
    },
  },
  notifications: {
    list: (query?: ListQuery) =>
      get<Http.VendorNotificationListResponse>("/vendor/notifications", query),
    /** The calling member's read marker moves to now. */
    markRead: () =>
      post<Http.VendorNotificationsReadResponse>("/vendor/notifications/read"),
  },
  stats: {
    get: (query?: ListQuery) =>
      get<Http.VendorStatsResponse>("/vendor/stats", query),
  },
  requests: {
    list: (query?: ListQuery) =>
      get<Http.VendorRequestListResponse>("/vendor/requests", query),
    create: (body: Body<typeof Requests.VendorCreateRequest>) =>
      post<Http.VendorRequestResponse>("/vendor/requests", body),
  },
  reviews: {
    list: (query?: ListQuery) =>
      get<Http.VendorReviewListResponse>("/vendor/reviews", query),
    reply: (id: string, body: Body<typeof Reviews.VendorReplyToReview>) =>
      post<Http.VendorReviewResponse>(`/vendor/reviews/${id}/reply`, body),
  },
  products: {
    list: (query?: ListQuery) =>
      get<Http.VendorProductListResponse>("/vendor/products", query),
    retrieve: (id: string) =>
      get<Http.VendorProductResponse>(`/vendor/products/${id}`),
    create: (body: Body<typeof Products.VendorCreateProduct>) =>
      post<Http.VendorProductResponse>("/vendor/products", body),
    update: (id: string, body: Body<typeof Products.VendorUpdateProduct>) =>
      post<Http.VendorUpdateProductResponse>(`/vendor/products/${id}`, body),
    remove: (id: string) =>
      del<Http.VendorProductDeleteResponse>(`/vendor/products/${id}`),
    createVariant: (
      id: string,
      body: Body<typeof Products.VendorCreateProductVariant>
    ) =>
      post<Http.VendorCreateProductVariantResponse>(
        `/vendor/products/${id}/variants`,
        body
      ),
    updateVariant: (
      id: string,
      variantId: string,
      body: Body<typeof Products.VendorUpdateProductVariant>
    ) =>
      post<Http.VendorProductResponse>(
        `/vendor/products/${id}/variants/${variantId}`,
        body
      ),
    removeVariant: (id: string, variantId: string) =>
      del<Http.VendorProductVariantDeleteResponse>(
        `/vendor/products/${id}/variants/${variantId}`
      ),
    createOption: (
      id: string,
      body: Body<typeof Products.VendorCreateProductOption>
    ) =>
      post<Http.VendorProductResponse>(`/vendor/products/${id}/options`, body),
    removeOption: (id: string, optionId: string) =>
      del<Http.VendorProductOptionDeleteResponse>(
        `/vendor/products/${id}/options/${optionId}`
      ),
    inventory: (id: string, variantId: string) =>
      get<Http.VendorInventoryLevelListResponse>(
        `/vendor/products/${id}/variants/${variantId}/inventory`
      ),
    setInventory: (
      id: string,
      variantId: string,
      body: Body<typeof Products.VendorUpsertInventoryLevel>
    ) =>
      post<Http.VendorInventoryLevelListResponse>(
        `/vendor/products/${id}/variants/${variantId}/inventory`,
        body
      ),
  },
  /** The marketplace's categories, types and tags products are filed under (read-only). */
  references: {
    categories: (query?: ListQuery) =>
      get<Http.VendorProductCategoryListResponse>(
        "/vendor/product-categories",
        query
      ),
    types: (query?: ListQuery) =>
      get<Http.VendorProductTypeListResponse>("/vendor/product-types", query),
    tags: (query?: ListQuery) =>
      get<Http.VendorProductTagListResponse>("/vendor/product-tags", query),
  },
  stockLocations: {
    list: (query?: ListQuery) =>
      get<Http.VendorStockLocationListResponse>(
        "/vendor/stock-locations",
        query
      ),
    create: (body: Body<typeof StockLocations.VendorCreateStockLocation>) =>
      post<Http.VendorStockLocationResponse>("/vendor/stock-locations", body),
    update: (
      id: string,
      body: Body<typeof StockLocations.VendorUpdateStockLocation>
    ) =>
      post<Http.VendorStockLocationResponse>(
        `/vendor/stock-locations/${id}`,
        body
      ),
    remove: (id: string) =>
      del<Http.VendorStockLocationDeleteResponse>(
        `/vendor/stock-locations/${id}`
      ),
  },
  shippingOptions: {
    list: (query?: ListQuery) =>
      get<Http.VendorShippingOptionListResponse>(
        "/vendor/shipping-options",
        query
      ),
    create: (body: Body<typeof ShippingOptions.VendorCreateShippingOption>) =>
      post<Http.VendorShippingOptionResponse>("/vendor/shipping-options", body),
    update: (
      id: string,
      body: Body<typeof ShippingOptions.VendorUpdateShippingOption>
    ) =>
      post<Http.VendorShippingOptionResponse>(
        `/vendor/shipping-options/${id}`,
        body
      ),
    remove: (id: string) =>
      del<Http.VendorShippingOptionDeleteResponse>(
        `/vendor/shipping-options/${id}`
      ),
  },
  orders: {
    list: (query?: ListQuery) =>
      get<Http.VendorOrderListResponse>("/vendor/orders", query),
    retrieve: (id: string) =>
      get<Http.VendorOrderWithCommissionResponse>(`/vendor/orders/${id}`),
    fulfill: (id: string, body: Body<typeof Orders.VendorCreateFulfillment>) =>
      post<Http.VendorCreateFulfillmentResponse>(
        `/vendor/orders/${id}/fulfillments`,
        body
      ),
    ship: (
      id: string,
      fulfillmentId: string,
      body: Body<typeof Orders.VendorCreateShipment>
    ) =>
      post<Http.VendorOrderResponse>(
        `/vendor/orders/${id}/fulfillments/${fulfillmentId}/shipments`,
        body
      ),
    markDelivered: (id: string, fulfillmentId: string) =>
      post<Http.VendorOrderResponse>(
        `/vendor/orders/${id}/fulfillments/${fulfillmentId}/mark-as-delivered`
      ),
    cancel: (id: string) =>
      post<Http.VendorOrderResponse>(`/vendor/orders/${id}/cancel`),
    requestReturn: (id: string, body: Body<typeof Orders.VendorCreateReturn>) =>
      post<Http.VendorReturnResponse>(`/vendor/orders/${id}/returns`, body),
    refund: (id: string, body: Body<typeof Orders.VendorRefundOrder>) =>
      post<Http.VendorRefundOrderResponse>(
        `/vendor/orders/${id}/refunds`,
        body
      ),
  },
  returns: {
    list: (query?: ListQuery) =>
      get<Http.VendorReturnListResponse>("/vendor/returns", query),
    receive: (id: string, body: Body<typeof Returns.VendorReceiveReturn>) =>
      post<Http.VendorReceiveReturnResponse>(
        `/vendor/returns/${id}/receive`,
        body
      ),
  },
  money: {
    balance: () => get<Http.VendorBalanceResponse>("/vendor/balance"),
    ledger: (query?: ListQuery) =>
      get<Http.VendorLedgerEntryListResponse>("/vendor/ledger", query),
    payouts: (query?: ListQuery) =>
      get<Http.VendorPayoutListResponse>("/vendor/payouts", query),
    commissionLines: (query?: ListQuery) =>
      get<Http.VendorCommissionLineListResponse>(
        "/vendor/commission-lines",
        query
      ),
    payoutAccount: () =>
      get<Http.VendorPayoutAccountResponse>("/vendor/payout-account"),
    createPayoutAccount: (
      body: Body<typeof PayoutAccount.VendorCreatePayoutAccount>
    ) =>
      post<Http.VendorCreatePayoutAccountResponse>(
        "/vendor/payout-account",
        body
      ),
  },
}
