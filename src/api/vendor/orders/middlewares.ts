import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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

const retrieve = validateAndTransformQuery(
  VendorGetOrderParams,
  QueryConfig.retrieveTransformQueryConfig
)
const retrieveReturn = validateAndTransformQuery(VendorGetReturnParams, retrieveReturnQueryConfig)

export const vendorOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [
      validateAndTransformQuery(VendorGetOrdersParams, QueryConfig.listTransformQueryConfig),
    ],
  },
  { methods: ["GET"], matcher: "/vendor/orders/:id", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments",
    middlewares: [validateAndTransformBody(VendorCreateFulfillment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/shipments",
    middlewares: [validateAndTransformBody(VendorCreateShipment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/cancel",
    middlewares: [validateAndTransformBody(VendorCancelOrder), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/complete",
    middlewares: [validateAndTransformBody(VendorCompleteOrder), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
    middlewares: [validateAndTransformBody(VendorMarkFulfillmentDelivered), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/cancel",
    middlewares: [validateAndTransformBody(VendorCancelFulfillment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/returns",
    middlewares: [validateAndTransformBody(VendorCreateReturn), retrieveReturn],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/refunds",
    middlewares: [validateAndTransformBody(VendorRefundOrder), retrieve],
  },
]
