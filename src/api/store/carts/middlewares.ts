import type { MiddlewareRoute } from "@medusajs/framework/http"
import { cartFromPath, invalidateCartCache } from "./cache/invalidate-cart-cache"
import { serveCachedCart } from "./cache/serve-cached-cart"

/**
 * The cart-response cache (docs/cart-cache.md). These run after Medusa's own
 * middlewares for the same routes, so `req.queryConfig` is already resolved.
 */
export const storeCartCacheMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/carts/:id",
    middlewares: [serveCachedCart],
  },
  {
    methods: ["POST", "DELETE"],
    matcher: "/store/carts/:id",
    middlewares: [invalidateCartCache(cartFromPath)],
  },
  {
    // Every cart route: line items, shipping methods, promotions, customer, taxes,
    // complete, and any added later (the marketplace checkout replaces complete).
    methods: ["POST", "DELETE"],
    matcher: "/store/carts/:id/*",
    middlewares: [invalidateCartCache(cartFromPath)],
  },
]
