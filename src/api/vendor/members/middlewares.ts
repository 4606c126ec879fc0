import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import { VendorGetMemberParams, VendorGetMembersParams, VendorUpdateMember } from "./validators"

export const vendorMemberRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/members",
    middlewares: [
      validateAndTransformQuery(VendorGetMembersParams, QueryConfig.listTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/members/:id",
    middlewares: [
      validateAndTransformBody(VendorUpdateMember),
      validateAndTransformQuery(VendorGetMemberParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
]
