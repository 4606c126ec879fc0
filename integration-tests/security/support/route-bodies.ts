import { productBody } from "../../utils/vendor-catalog"
import { multipart, PNG } from "../../utils/uploads"
import type { SellerSide } from "./seller-pair"

/**
 * Whose ids a body carries: `path` is the seller the URL points at (a body may have to name
 * that resource's parts, e.g. the order's items), `refs` the seller whose other resources the
 * body refers to (a location, an uploaded file). A caller acting on its own data passes
 * itself for both; a BOLA probe puts the other seller in one of them.
 */
export type BodyIds = { path: SellerSide; refs: SellerSide }

export type BodySpec = {
  body: (ids: BodyIds) => unknown
  /** The body points at other resources by id (refs matters). */
  refersToResources?: boolean
  /**
   * Accepted from the owner, the route gives money of the path seller's order back to the
   * customer: a `refund` of this body's amount, or what a return receipt refunds (and the
   * commission recomputed for the returned units). The property-level guard allows exactly that.
   */
  books?: "refund" | "return_receipt"
}

let counter = 0
const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${(counter++).toString(36)}`

/**
 * A body each /vendor write route accepts from the owner of the resources, so a refusal can
 * only come from who is asking, never from the body. Keyed by routeName; a route without an
 * entry fails the completeness test in bola-matrix.spec.ts.
 */
export const VENDOR_BODIES: Record<string, BodySpec> = {
  "POST /vendor/invites": {
    body: () => ({
      email: `${unique("invitee").replace(/\W+/g, "-")}@matrix.test`,
      role: "member",
    }),
  },
  "POST /vendor/invites/accept": {
    body: ({ path }) => ({ token: path.inviteToken, name: "Someone" }),
  },
  "DELETE /vendor/invites/:id": { body: () => undefined },
  "POST /vendor/invites/:id/resend": { body: () => ({}) },
  "POST /vendor/members/:id": { body: () => ({ role: "member" }) },
  "DELETE /vendor/members/:id": { body: () => undefined },
  "POST /vendor/notifications/read": { body: () => ({}) },
  "POST /vendor/orders/:id/cancel": { body: () => ({}) },
  "POST /vendor/orders/:id/complete": { body: () => ({}) },
  "POST /vendor/orders/:id/fulfillments": {
    body: ({ path, refs }) => ({
      items: [{ id: path.openItemId, quantity: 1 }],
      location_id: refs.stockLocationId,
    }),
    refersToResources: true,
  },
  "POST /vendor/orders/:id/fulfillments/:fulfillment_id/cancel": {
    body: () => ({}),
  },
  "POST /vendor/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered": {
    body: () => ({}),
  },
  "POST /vendor/orders/:id/refunds": {
    body: () => ({ amount: 1, note: "Goodwill" }),
    books: "refund",
  },
  "POST /vendor/orders/:id/returns": {
    body: ({ path, refs }) => ({
      items: [{ id: path.fulfilledItemId, quantity: 1 }],
      reason: "Matrix",
      location_id: refs.stockLocationId,
    }),
    refersToResources: true,
  },
  "POST /vendor/orders/:id/fulfillments/:fulfillment_id/shipments": {
    body: () => ({
      labels: [
        {
          tracking_number: "TRACK-1",
          tracking_url: "https://track.example.test/1",
          label_url: "https://label.example.test/1",
        },
      ],
    }),
  },
  "POST /vendor/payout-account": {
    body: () => ({ return_url: "https://seller.example.test/payouts" }),
  },
  "POST /vendor/products": {
    body: () => productBody(unique("Matrix product")),
  },
  "POST /vendor/products/:id": {
    body: () => ({ title: "Taken over", description: "Rewritten" }),
  },
  "DELETE /vendor/products/:id": { body: () => undefined },
  "POST /vendor/products/:id/options": {
    body: () => ({ title: unique("Matrix option"), values: ["One", "Two"] }),
  },
  "DELETE /vendor/products/:id/options/:option_id": { body: () => undefined },
  "POST /vendor/products/:id/variants": {
    body: ({ refs }) => ({
      title: unique("Matrix variant"),
      sku: unique("matrix-variant").replace(/\W+/g, "-"),
      prices: [{ currency_code: "eur", amount: 7 }],
      inventory_levels: [
        { location_id: refs.stockLocationId, stocked_quantity: 3 },
      ],
    }),
    refersToResources: true,
  },
  "POST /vendor/products/:id/variants/:variant_id": {
    body: ({ refs }) => ({
      title: "Renamed variant",
      prices: [{ currency_code: "eur", amount: 8 }],
      inventory_levels: [
        { location_id: refs.stockLocationId, stocked_quantity: 5 },
      ],
    }),
    refersToResources: true,
  },
  "DELETE /vendor/products/:id/variants/:variant_id": { body: () => undefined },
  "POST /vendor/products/:id/variants/:variant_id/inventory": {
    body: ({ refs }) => ({
      location_id: refs.stockLocationId,
      stocked_quantity: 999,
    }),
    refersToResources: true,
  },
  "POST /vendor/requests": {
    body: ({ refs }) => ({
      type: "review_removal",
      payload: { review_id: refs.reviewId, reason: "Abusive" },
    }),
    refersToResources: true,
  },
  "POST /vendor/reviews/:id/reply": {
    body: () => ({ reply: unique("Thank you") }),
  },
  "POST /vendor/returns/:id/receive": {
    body: () => ({}),
    books: "return_receipt",
  },
  "POST /vendor/sellers": {
    body: () => {
      const name = unique("Newcomer")
      return {
        name,
        email: `${name.replace(/\W+/g, "-").toLowerCase()}@newcomer.test`,
      }
    },
  },
  "POST /vendor/sellers/me": {
    body: ({ refs }) => ({
      description: "Rewritten",
      logo_file_id: refs.uploadId,
      logo_url: refs.uploadUrl,
    }),
    refersToResources: true,
  },
  "POST /vendor/shipping-options": {
    body: ({ refs }) => ({
      name: unique("Matrix courier"),
      stock_location_id: refs.stockLocationId,
      prices: [{ currency_code: "eur", amount: 6 }],
    }),
    refersToResources: true,
  },
  "POST /vendor/shipping-options/:id": {
    body: () => ({
      name: unique("Matrix courier"),
      prices: [{ currency_code: "eur", amount: 5 }],
    }),
  },
  "DELETE /vendor/shipping-options/:id": { body: () => undefined },
  "POST /vendor/stock-locations": {
    body: () => ({ name: unique("Matrix depot") }),
  },
  "POST /vendor/stock-locations/:id": {
    body: () => ({ name: unique("Matrix depot") }),
  },
  "DELETE /vendor/stock-locations/:id": { body: () => undefined },
  "POST /vendor/uploads": {
    body: () =>
      multipart([{ name: "matrix.png", type: "image/png", content: PNG }]),
  },
  "POST /vendor/uploads/presigned-urls": {
    body: () => ({
      files: [{ name: "matrix.png", mime_type: "image/png", size: 68 }],
    }),
  },
}

/**
 * Bodies the admin routes accept from an admin, so a refusal of another caller can only
 * come from authentication.
 */
export const ADMIN_BODIES: Record<string, BodySpec> = {
  "POST /admin/commission-rules": {
    body: ({ path }) => ({
      seller_id: path.sellerId,
      kind: "percentage",
      value: 0,
    }),
  },
  "POST /admin/commission-rules/:id": {
    body: () => ({ value: 0, active: false }),
  },
  "DELETE /admin/commission-rules/:id": { body: () => undefined },
  "POST /admin/order-groups/:id/capture": { body: () => ({}) },
  "POST /admin/order-groups/:id/refunds": {
    body: ({ path }) => ({ order_id: path.orderId, amount: 1 }),
  },
  "POST /admin/payouts/:id/mark-failed": {
    body: () => ({ reason: "Bank refused" }),
  },
  "POST /admin/payouts/:id/mark-paid": {
    body: () => ({ provider_reference: "bank-ref" }),
  },
  "POST /admin/payouts/run": {
    body: ({ path }) => ({ seller_ids: [path.sellerId] }),
  },
  "POST /admin/reconcile": { body: () => ({}) },
  "POST /admin/requests/:id/accept": { body: () => ({ note: "Fine" }) },
  "POST /admin/requests/:id/reject": { body: () => ({ note: "No" }) },
  "POST /admin/reviews/:id/publish": { body: () => ({}) },
  "POST /admin/reviews/:id/reject": { body: () => ({ note: "No" }) },
  "DELETE /admin/reviews/:id": { body: () => undefined },
  "POST /admin/sellers": {
    body: () => {
      const name = unique("Admin made")
      return {
        name,
        email: `${name.replace(/\W+/g, "-").toLowerCase()}@admin-made.test`,
      }
    },
  },
  "POST /admin/sellers/:id": {
    body: () => ({ description: "Edited by an admin" }),
  },
  "POST /admin/sellers/:id/approve": { body: () => ({}) },
  "POST /admin/sellers/:id/invites": {
    body: () => ({
      email: `${unique("heir").replace(/\W+/g, "-")}@matrix.test`,
      role: "owner",
    }),
  },
  "POST /admin/sellers/:id/reinstate": { body: () => ({}) },
  "POST /admin/sellers/:id/reject": { body: () => ({ note: "No" }) },
  "POST /admin/sellers/:id/suspend": { body: () => ({ reason: "Matrix" }) },
}
