import type { MiddlewareRoute } from "@medusajs/framework/http"
import type { MemberRole } from "../../modules/seller"
import { requireSellerRole } from "./seller-context"

type VendorRoute = `${"GET" | "POST" | "DELETE"} /vendor/${string}`

/** Routes a registration token calls before it belongs to a seller (no role yet). */
const ONBOARDING = "onboarding"

const EVERYONE: readonly MemberRole[] = ["owner", "admin", "member"]
/** The team, the profile, the payout account, money and order cancellation. */
const MANAGERS: readonly MemberRole[] = ["owner", "admin"]

/**
 * Which member roles may call each /vendor route: the one place the seller's permissions
 * are decided (docs/sellers.md shows the same table). Every /vendor route is listed; a
 * route missing here fails the permission spec.
 */
export const SELLER_PERMISSIONS: Record<
  VendorRoute,
  readonly MemberRole[] | typeof ONBOARDING
> = {
  "POST /vendor/sellers": ONBOARDING,
  "POST /vendor/invites/accept": ONBOARDING,

  "GET /vendor/sellers/me": EVERYONE,
  "POST /vendor/sellers/me": MANAGERS,
  "POST /vendor/uploads": EVERYONE,
  "POST /vendor/uploads/presigned-urls": EVERYONE,
  "GET /vendor/notifications": EVERYONE,
  "POST /vendor/notifications/read": EVERYONE,
  "GET /vendor/stats": EVERYONE,

  "GET /vendor/members": EVERYONE,
  "POST /vendor/members/:id": MANAGERS,
  "DELETE /vendor/members/:id": MANAGERS,
  "GET /vendor/invites": MANAGERS,
  "POST /vendor/invites": MANAGERS,
  "DELETE /vendor/invites/:id": MANAGERS,
  "POST /vendor/invites/:id/resend": MANAGERS,

  "GET /vendor/requests": EVERYONE,
  "POST /vendor/requests": EVERYONE,
  "GET /vendor/products": EVERYONE,
  "POST /vendor/products": EVERYONE,
  "GET /vendor/products/:id": EVERYONE,
  "POST /vendor/products/:id": EVERYONE,
  "DELETE /vendor/products/:id": EVERYONE,
  "GET /vendor/products/:id/variants/:variant_id/inventory": EVERYONE,
  "POST /vendor/products/:id/variants/:variant_id/inventory": EVERYONE,
  "GET /vendor/product-categories": EVERYONE,
  "GET /vendor/product-types": EVERYONE,
  "GET /vendor/product-tags": EVERYONE,
  "GET /vendor/stock-locations": EVERYONE,
  "POST /vendor/stock-locations": EVERYONE,
  "GET /vendor/stock-locations/:id": EVERYONE,
  "GET /vendor/shipping-options": EVERYONE,
  "POST /vendor/shipping-options": EVERYONE,
  "GET /vendor/shipping-options/:id": EVERYONE,
  "POST /vendor/shipping-options/:id": EVERYONE,
  "DELETE /vendor/shipping-options/:id": EVERYONE,
  "POST /vendor/stock-locations/:id": EVERYONE,
  "DELETE /vendor/stock-locations/:id": EVERYONE,
  "POST /vendor/products/:id/variants": EVERYONE,
  "POST /vendor/products/:id/variants/:variant_id": EVERYONE,
  "DELETE /vendor/products/:id/variants/:variant_id": EVERYONE,
  "POST /vendor/products/:id/options": EVERYONE,
  "DELETE /vendor/products/:id/options/:option_id": EVERYONE,

  "GET /vendor/orders": EVERYONE,
  "GET /vendor/orders/:id": EVERYONE,
  "POST /vendor/orders/:id/fulfillments": EVERYONE,
  "POST /vendor/orders/:id/fulfillments/:fulfillment_id/shipments": EVERYONE,
  "POST /vendor/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered":
    EVERYONE,
  "POST /vendor/orders/:id/fulfillments/:fulfillment_id/cancel": EVERYONE,
  "POST /vendor/orders/:id/complete": EVERYONE,
  "POST /vendor/orders/:id/returns": EVERYONE,
  "GET /vendor/returns": EVERYONE,
  "GET /vendor/returns/:id": EVERYONE,
  "POST /vendor/returns/:id/receive": EVERYONE,
  "POST /vendor/orders/:id/cancel": MANAGERS,
  "POST /vendor/orders/:id/refunds": MANAGERS,
  "GET /vendor/commission-lines": EVERYONE,

  "GET /vendor/balance": MANAGERS,
  "GET /vendor/ledger": MANAGERS,
  "GET /vendor/reviews": EVERYONE,
  "POST /vendor/reviews/:id/reply": EVERYONE,

  "GET /vendor/payouts": EVERYONE,
  "GET /vendor/payouts/:id": EVERYONE,
  "GET /vendor/payout-account": MANAGERS,
  "POST /vendor/payout-account": MANAGERS,
}

/** The roles allowed on a route, or null for the onboarding routes (and unknown ones). */
export function sellerRolesFor(route: string): readonly MemberRole[] | null {
  const roles = SELLER_PERMISSIONS[route as VendorRoute]
  return roles && roles !== ONBOARDING ? roles : null
}

/**
 * One `requireSellerRole` per restricted route, registered before the routes' own
 * middlewares so a role refusal (403) comes before validation and ownership checks.
 */
export const vendorPermissionMiddlewares: MiddlewareRoute[] = Object.keys(
  SELLER_PERMISSIONS
).flatMap((route) => {
  const roles = sellerRolesFor(route)
  if (!roles || roles.length === EVERYONE.length) {
    return []
  }
  const [method, matcher] = route.split(" ") as [
    "GET" | "POST" | "DELETE",
    string,
  ]
  return [
    { methods: [method], matcher, middlewares: [requireSellerRole(...roles)] },
  ]
})
