import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureLinkedToSeller } from "../ownership/ensure-linked-to-seller"
import { filterBySellerLink } from "../ownership/filter-by-seller-link"
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
      validateAndTransformQuery(
        VendorGetShippingOptionsParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerLink("shipping_option"),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/shipping-options",
    middlewares: [
      validateAndTransformBody(VendorCreateShippingOption),
      validateAndTransformQuery(
        VendorGetShippingOptionParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/vendor/shipping-options/:id",
    middlewares: [
      ensureLinkedToSeller("shipping_option"),
      validateAndTransformQuery(
        VendorGetShippingOptionParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/shipping-options/:id",
    middlewares: [
      ensureLinkedToSeller("shipping_option"),
      validateAndTransformBody(VendorUpdateShippingOption),
      validateAndTransformQuery(
        VendorGetShippingOptionParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
]
