import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureLinkedToSeller } from "../ownership/ensure-linked-to-seller"
import { filterBySellerLink } from "../ownership/filter-by-seller-link"
import * as QueryConfig from "./query-config"
import {
  VendorCreateStockLocation,
  VendorGetStockLocationParams,
  VendorGetStockLocationsParams,
  VendorUpdateStockLocation,
} from "./validators"

export const vendorStockLocationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/stock-locations",
    middlewares: [
      validateAndTransformQuery(
        VendorGetStockLocationsParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerLink("stock_location"),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/stock-locations",
    middlewares: [
      validateAndTransformBody(VendorCreateStockLocation),
      validateAndTransformQuery(
        VendorGetStockLocationParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/vendor/stock-locations/:id",
    middlewares: [
      ensureLinkedToSeller("stock_location"),
      validateAndTransformQuery(
        VendorGetStockLocationParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/stock-locations/:id",
    middlewares: [
      ensureLinkedToSeller("stock_location"),
      validateAndTransformBody(VendorUpdateStockLocation),
      validateAndTransformQuery(
        VendorGetStockLocationParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
]
