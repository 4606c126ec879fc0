import { ApiRoute, fillPath, paramSlots } from "./route-tree"
import type { SellerPair, SellerSide } from "./seller-pair"

/** Path parameter values by slot (`orders/:id`), see paramSlots. */
export type PathValues = Record<string, string>

/** A seller's resources where /vendor routes address them. */
export function vendorPathValues(side: SellerSide): PathValues {
  return {
    "orders/:id": side.orderId,
    "fulfillments/:fulfillment_id": side.fulfillmentId,
    "products/:id": side.productId,
    "variants/:variant_id": side.variantId,
    "options/:option_id": side.optionId,
    "payouts/:id": side.payoutId,
    "returns/:id": side.returnId,
    "shipping-options/:id": side.shippingOptionId,
    "stock-locations/:id": side.stockLocationId,
    "members/:id": side.memberId,
    "invites/:id": side.pendingInviteId,
    "reviews/:id": side.reviewId,
  }
}

/** Seller A's resources where /admin routes address them (plus the group A sells in). */
export function adminPathValues(pair: SellerPair): PathValues {
  return {
    "commission-rules/:id": pair.commissionRuleId,
    "order-groups/:id": pair.orderGroupId,
    "orders/:id": pair.a.orderId,
    "products/:id": pair.a.productId,
    "payouts/:id": pair.a.payoutId,
    "requests/:id": pair.a.requestId,
    "reviews/:id": pair.a.reviewId,
    "sellers/:id": pair.a.sellerId,
  }
}

/** Slots of the route that the values leave without a value. */
export function missingSlots(route: ApiRoute, values: PathValues): string[] {
  return paramSlots(route).filter((slot) => !values[slot])
}

/**
 * The route's URL with each parameter taken from `sources` in order: the first source for
 * the first parameter, the last source for every later one (so `[own, foreign]` keeps the
 * caller's own order and points at another seller's fulfillment).
 */
export function pathOf(route: ApiRoute, sources: PathValues[]): string {
  const slots = paramSlots(route)
  const values = Object.fromEntries(
    route.params.map((param, index) => {
      const source = sources[Math.min(index, sources.length - 1)]
      return [param, source[slots[index]]]
    })
  ) as Record<string, string>
  return fillPath(route, values)
}
