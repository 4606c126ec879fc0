import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import { VendorGetProductTagsParams } from "./validators"

export const vendorProductTagRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/product-tags",
    middlewares: [
      validateAndTransformQuery(
        VendorGetProductTagsParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
]
