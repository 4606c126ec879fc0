import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { filterBySellerColumn } from "../ownership/filter-by-seller-column"
import * as QueryConfig from "./query-config"
import { VendorCreateRequest, VendorGetRequestsParams } from "./validators"

export const vendorRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/requests",
    middlewares: [
      validateAndTransformQuery(
        VendorGetRequestsParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerColumn(),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/requests",
    middlewares: [validateAndTransformBody(VendorCreateRequest)],
  },
]
