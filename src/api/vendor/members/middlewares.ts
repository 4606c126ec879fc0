import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureOwnedBySeller } from "../ownership/ensure-owned-by-seller"
import { filterBySellerColumn } from "../ownership/filter-by-seller-column"
import * as QueryConfig from "./query-config"
import {
  VendorGetMemberParams,
  VendorGetMembersParams,
  VendorUpdateMember,
} from "./validators"

const ownMember = ensureOwnedBySeller("member")

export const vendorMemberRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/members",
    middlewares: [
      validateAndTransformQuery(
        VendorGetMembersParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerColumn(),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/members/:id",
    middlewares: [
      ownMember,
      validateAndTransformBody(VendorUpdateMember),
      validateAndTransformQuery(
        VendorGetMemberParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["DELETE"],
    matcher: "/vendor/members/:id",
    middlewares: [ownMember],
  },
]
