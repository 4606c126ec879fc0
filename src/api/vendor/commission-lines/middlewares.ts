import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { filterBySellerColumn } from "../ownership/filter-by-seller-column"
import * as QueryConfig from "./query-config"
import { VendorGetCommissionLinesParams } from "./validators"

export const vendorCommissionLineRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/commission-lines",
    middlewares: [
      validateAndTransformQuery(
        VendorGetCommissionLinesParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerColumn(),
    ],
  },
]
