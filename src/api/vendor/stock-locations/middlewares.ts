import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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
      validateAndTransformQuery(VendorGetStockLocationsParams, QueryConfig.listTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/stock-locations",
    middlewares: [
      validateAndTransformBody(VendorCreateStockLocation),
      validateAndTransformQuery(VendorGetStockLocationParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/vendor/stock-locations/:id",
    middlewares: [
      validateAndTransformQuery(VendorGetStockLocationParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/stock-locations/:id",
    middlewares: [
      validateAndTransformBody(VendorUpdateStockLocation),
      validateAndTransformQuery(VendorGetStockLocationParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
]
