import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureLinkedToSeller } from "../ownership/ensure-linked-to-seller"
import { filterBySellerLink } from "../ownership/filter-by-seller-link"
import * as QueryConfig from "./query-config"
import {
  VendorCancelFulfillment,
  VendorCancelOrder,
  VendorCompleteOrder,
  VendorCreateFulfillment,
  VendorCreateReturn,
  VendorCreateShipment,
  VendorGetOrderParams,
  VendorGetOrdersParams,
  VendorMarkFulfillmentDelivered,
  VendorRefundOrder,
} from "./validators"
import { VendorGetReturnParams } from "../returns/validators"
import { retrieveTransformQueryConfig as retrieveReturnQueryConfig } from "../returns/query-config"

const ownOrder = ensureLinkedToSeller("order")
const retrieve = validateAndTransformQuery(
  VendorGetOrderParams,
  QueryConfig.retrieveTransformQueryConfig
)
const retrieveReturn = validateAndTransformQuery(
  VendorGetReturnParams,
  retrieveReturnQueryConfig
)

export const vendorOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [
      validateAndTransformQuery(
        VendorGetOrdersParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerLink("order"),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/vendor/orders/:id",
    middlewares: [ownOrder, retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments",
    middlewares: [
      ownOrder,
      validateAndTransformBody(VendorCreateFulfillment),
      retrieve,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/shipments",
    middlewares: [
      ownOrder,
      validateAndTransformBody(VendorCreateShipment),
      retrieve,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/cancel",
    middlewares: [
      ownOrder,
      validateAndTransformBody(VendorCancelOrder),
      retrieve,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/complete",
    middlewares: [
      ownOrder,
      validateAndTransformBody(VendorCompleteOrder),
      retrieve,
    ],
  },
  {
    methods: ["POST"],
    matcher:
      "/vendor/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
    middlewares: [
      ownOrder,
      validateAndTransformBody(VendorMarkFulfillmentDelivered),
      retrieve,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/cancel",
    middlewares: [
      ownOrder,
      validateAndTransformBody(VendorCancelFulfillment),
      retrieve,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/returns",
    middlewares: [
      ownOrder,
      validateAndTransformBody(VendorCreateReturn),
      retrieveReturn,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/refunds",
    middlewares: [
      ownOrder,
      validateAndTransformBody(VendorRefundOrder),
      retrieve,
    ],
  },
]
