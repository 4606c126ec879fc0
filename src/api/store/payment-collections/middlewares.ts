import type { MiddlewareRoute } from "@medusajs/framework/http"
import { invalidateCartCache } from "../carts/cache/invalidate-cart-cache"
import {
  cartFromPaymentCollectionBody,
  cartFromPaymentCollectionPath,
} from "./cart-of-payment-collection"

/** Payment collection routes change `cart.payment_collection`: they invalidate the cart cache. */
export const storePaymentCollectionCartCacheMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/payment-collections",
    middlewares: [invalidateCartCache(cartFromPaymentCollectionBody)],
  },
  {
    methods: ["POST", "DELETE"],
    matcher: "/store/payment-collections/:id/*",
    middlewares: [invalidateCartCache(cartFromPaymentCollectionPath)],
  },
]
