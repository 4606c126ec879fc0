import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import { VendorGetPayoutParams, VendorGetPayoutsParams } from "./validators"

export const vendorPayoutRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/payouts",
    middlewares: [validateAndTransformQuery(VendorGetPayoutsParams, QueryConfig.listTransformQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/vendor/payouts/:id",
    middlewares: [validateAndTransformQuery(VendorGetPayoutParams, QueryConfig.retrieveTransformQueryConfig)],
  },
]
