import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  VendorCancelOrder,
  VendorCreateFulfillment,
  VendorCreateShipment,
  VendorGetOrderParams,
  VendorGetOrdersParams,
} from "./validators"

const retrieve = validateAndTransformQuery(
  VendorGetOrderParams,
  QueryConfig.retrieveTransformQueryConfig
)

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
]
