import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureOwnedBySeller } from "../ownership/ensure-owned-by-seller"
import { filterBySellerColumn } from "../ownership/filter-by-seller-column"
import * as QueryConfig from "./query-config"
import { VendorGetPayoutParams, VendorGetPayoutsParams } from "./validators"

export const vendorPayoutRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/payouts",
    middlewares: [
      validateAndTransformQuery(
        VendorGetPayoutsParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerColumn(),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/vendor/payouts/:id",
    middlewares: [
      ensureOwnedBySeller("payout"),
      validateAndTransformQuery(
        VendorGetPayoutParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
]
