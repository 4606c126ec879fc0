import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import { StoreGetSellerParams, StoreGetSellersParams } from "./validators"

export const storeSellerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/sellers",
    middlewares: [
      validateAndTransformQuery(
        StoreGetSellersParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/sellers/:handle",
    middlewares: [
      validateAndTransformQuery(
        StoreGetSellerParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
]
