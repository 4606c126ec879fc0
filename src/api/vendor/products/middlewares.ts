import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  VendorCreateProduct,
  VendorGetProductParams,
  VendorGetProductsParams,
  VendorUpdateProduct,
  VendorUpsertInventoryLevel,
} from "./validators"

export const vendorProductRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/products",
    middlewares: [
      validateAndTransformQuery(VendorGetProductsParams, QueryConfig.listTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products",
    middlewares: [
      validateAndTransformBody(VendorCreateProduct),
      validateAndTransformQuery(VendorGetProductParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/vendor/products/:id",
    middlewares: [
      validateAndTransformQuery(VendorGetProductParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id",
    middlewares: [
      validateAndTransformBody(VendorUpdateProduct),
      validateAndTransformQuery(VendorGetProductParams, QueryConfig.retrieveTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id/variants/:variant_id/inventory",
    middlewares: [validateAndTransformBody(VendorUpsertInventoryLevel)],
  },
]
