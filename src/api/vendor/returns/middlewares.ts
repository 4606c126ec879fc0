import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureReturnOfSellerOrder } from "../ownership/ensure-return-of-seller-order"
import { filterBySellerOrders } from "../ownership/filter-by-seller-orders"
import * as QueryConfig from "./query-config"
import {
  VendorGetReturnParams,
  VendorGetReturnsParams,
  VendorReceiveReturn,
} from "./validators"

const ownReturn = ensureReturnOfSellerOrder()
const retrieve = validateAndTransformQuery(
  VendorGetReturnParams,
  QueryConfig.retrieveTransformQueryConfig
)

export const vendorReturnRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/returns",
    middlewares: [
      validateAndTransformQuery(
        VendorGetReturnsParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerOrders(),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/vendor/returns/:id",
    middlewares: [ownReturn, retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/returns/:id/receive",
    middlewares: [
      ownReturn,
      validateAndTransformBody(VendorReceiveReturn),
      retrieve,
    ],
  },
]
