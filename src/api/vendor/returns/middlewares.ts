import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import { VendorGetReturnParams, VendorGetReturnsParams, VendorReceiveReturn } from "./validators"

const retrieve = validateAndTransformQuery(VendorGetReturnParams, QueryConfig.retrieveTransformQueryConfig)

export const vendorReturnRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/returns",
    middlewares: [validateAndTransformQuery(VendorGetReturnsParams, QueryConfig.listTransformQueryConfig)],
  },
  { methods: ["GET"], matcher: "/vendor/returns/:id", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/vendor/returns/:id/receive",
    middlewares: [validateAndTransformBody(VendorReceiveReturn), retrieve],
  },
]
