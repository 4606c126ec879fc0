import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { filterBySellerColumn } from "../ownership/filter-by-seller-column"
import * as QueryConfig from "./query-config"
import { VendorGetMembersParams } from "./validators"

export const vendorMemberRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/members",
    middlewares: [
      validateAndTransformQuery(VendorGetMembersParams, QueryConfig.listTransformQueryConfig),
      filterBySellerColumn(),
    ],
  },
]
