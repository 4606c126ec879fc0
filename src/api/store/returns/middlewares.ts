import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateSellerReturn } from "./validate-seller-return"

/** Extends Medusa's own `POST /store/returns` (docs/catalog.md, Returns). */
export const storeReturnRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/returns",
    middlewares: [validateSellerReturn],
  },
]
