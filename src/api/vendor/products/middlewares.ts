import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureLinkedToSeller } from "../ownership/ensure-linked-to-seller"
import { filterBySellerLink } from "../ownership/filter-by-seller-link"
import * as QueryConfig from "./query-config"
import {
  VendorCreateProduct,
  VendorCreateProductOption,
  VendorCreateProductVariant,
  VendorGetProductParams,
  VendorGetProductsParams,
  VendorUpdateProduct,
  VendorUpdateProductVariant,
  VendorUpsertInventoryLevel,
} from "./validators"

const retrieve = validateAndTransformQuery(
  VendorGetProductParams,
  QueryConfig.retrieveTransformQueryConfig
)

export const vendorProductRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/products",
    middlewares: [
      validateAndTransformQuery(
        VendorGetProductsParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerLink("product"),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products",
    middlewares: [
      validateAndTransformBody(VendorCreateProduct),
      validateAndTransformQuery(
        VendorGetProductParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/vendor/products/:id",
    middlewares: [
      ensureLinkedToSeller("product"),
      validateAndTransformQuery(
        VendorGetProductParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id",
    middlewares: [
      ensureLinkedToSeller("product"),
      validateAndTransformBody(VendorUpdateProduct),
      validateAndTransformQuery(
        VendorGetProductParams,
        QueryConfig.retrieveTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id/options",
    middlewares: [
      ensureLinkedToSeller("product"),
      validateAndTransformBody(VendorCreateProductOption),
      retrieve,
    ],
  },
  {
    methods: ["DELETE"],
    matcher: "/vendor/products/:id/options/:option_id",
    middlewares: [ensureLinkedToSeller("product"), retrieve],
  },
  {
    methods: ["GET"],
    matcher: "/vendor/products/:id/variants/:variant_id/inventory",
    middlewares: [ensureLinkedToSeller("product")],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id/variants",
    middlewares: [
      ensureLinkedToSeller("product"),
      validateAndTransformBody(VendorCreateProductVariant),
      retrieve,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id/variants/:variant_id",
    middlewares: [
      ensureLinkedToSeller("product"),
      validateAndTransformBody(VendorUpdateProductVariant),
      retrieve,
    ],
  },
  {
    methods: ["DELETE"],
    matcher: "/vendor/products/:id/variants/:variant_id",
    middlewares: [ensureLinkedToSeller("product"), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id/variants/:variant_id/inventory",
    middlewares: [
      ensureLinkedToSeller("product"),
      validateAndTransformBody(VendorUpsertInventoryLevel),
    ],
  },
]
