import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  VendorCreateShippingOption,
  VendorGetShippingOptionParams,
  VendorGetShippingOptionsParams,
  VendorUpdateShippingOption,
} from "./validators"

export const vendorShippingOptionRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/shipping-options",
    middlewares: [
      validateAndTransformQuery(VendorGetShippingOptionsParams, QueryConfig.listTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/shipping-options",
    middlewares: [
      validateAndTransformBody(VendorCreateShippingOption),
      validateAndTransformQuery(VendorGetShippingOptionParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/vendor/shipping-options/:id",
    middlewares: [
      validateAndTransformQuery(VendorGetShippingOptionParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/shipping-options/:id",
    middlewares: [
      validateAndTransformBody(VendorUpdateShippingOption),
      validateAndTransformQuery(VendorGetShippingOptionParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
]
