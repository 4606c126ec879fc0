import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureLinkedToSeller } from "../ownership/ensure-linked-to-seller"
import { filterBySellerLink } from "../ownership/filter-by-seller-link"
import * as QueryConfig from "./query-config"
import {
  VendorCancelOrder,
  VendorCreateFulfillment,
  VendorCreateShipment,
  VendorGetOrderParams,
  VendorGetOrdersParams,
} from "./validators"

const ownOrder = ensureLinkedToSeller("order")
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
      filterBySellerLink("order"),
    ],
  },
  { methods: ["GET"], matcher: "/vendor/orders/:id", middlewares: [ownOrder, retrieve] },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments",
    middlewares: [ownOrder, validateAndTransformBody(VendorCreateFulfillment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/shipments",
    middlewares: [ownOrder, validateAndTransformBody(VendorCreateShipment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/orders/:id/cancel",
    middlewares: [ownOrder, validateAndTransformBody(VendorCancelOrder), retrieve],
  },
]
