import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  cartFromPath,
  cartFromPaymentCollectionBody,
  cartFromPaymentCollectionPath,
} from "./cart-of-request"
import {
  cacheCartRead,
  cacheCartShippingOptions,
  cacheRegionPaymentProviders,
} from "./cached-store-reads"
import { holdResponseUntilCartInvalidated } from "./hold-response-until-cart-invalidated"

/**
 * The cart-response cache on the reads a storefront repeats through checkout and the
 * cart routes that invalidate them (docs/cart-cache.md). These run after Medusa's own
 * middlewares for the same routes, so `req.queryConfig` is already resolved.
 */
export const cartResponseCacheMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/carts/:id",
    middlewares: [cacheCartRead],
  },
  {
    methods: ["GET"],
    matcher: "/store/shipping-options",
    middlewares: [cacheCartShippingOptions],
  },
  {
    methods: ["GET"],
    matcher: "/store/payment-providers",
    middlewares: [cacheRegionPaymentProviders],
  },
  {
    methods: ["POST", "DELETE"],
    matcher: "/store/carts/:id",
    middlewares: [holdResponseUntilCartInvalidated(cartFromPath)],
  },
  {
    // Every cart route: line items, shipping methods, promotions, customer, taxes,
    // complete, and any added later (the marketplace checkout replaces complete).
    methods: ["POST", "DELETE"],
    matcher: "/store/carts/:id/*",
    middlewares: [holdResponseUntilCartInvalidated(cartFromPath)],
  },
]

/** Payment collection routes change `cart.payment_collection`: they invalidate the cart too. */
export const paymentCollectionCartCacheMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/payment-collections",
    middlewares: [
      holdResponseUntilCartInvalidated(cartFromPaymentCollectionBody),
    ],
  },
  {
    methods: ["POST", "DELETE"],
    matcher: "/store/payment-collections/:id/*",
    middlewares: [
      holdResponseUntilCartInvalidated(cartFromPaymentCollectionPath),
    ],
  },
]
