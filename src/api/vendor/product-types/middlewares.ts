import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import { VendorGetProductTypesParams } from "./validators"

export const vendorProductTypeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/product-types",
    middlewares: [
      validateAndTransformQuery(
        VendorGetProductTypesParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
]
