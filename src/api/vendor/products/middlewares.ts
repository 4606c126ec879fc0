import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  VendorCreateProduct,
  VendorCreateProductVariant,
  VendorGetProductParams,
  VendorGetProductsParams,
  VendorUpdateProduct,
  VendorUpdateProductVariant,
  VendorUpsertInventoryLevel,
} from "./validators"

const retrieve = validateAndTransformQuery(VendorGetProductParams, QueryConfig.retrieveTransformQueryConfig)

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
    matcher: "/vendor/products/:id/variants",
    middlewares: [validateAndTransformBody(VendorCreateProductVariant), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id/variants/:variant_id",
    middlewares: [validateAndTransformBody(VendorUpdateProductVariant), retrieve],
  },
  { methods: ["DELETE"], matcher: "/vendor/products/:id/variants/:variant_id", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id/variants/:variant_id/inventory",
    middlewares: [validateAndTransformBody(VendorUpsertInventoryLevel)],
  },
]
