import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  hideClosedSellerProduct,
  hideClosedSellerProducts,
} from "./hide-closed-seller-products"

/** What `fields=+seller.*` (or any `seller…` field) returns: public seller fields only. */
export const STORE_PRODUCT_SELLER_FIELDS = [
  "seller.id",
  "seller.name",
  "seller.handle",
  "seller.description",
  "seller.logo_url",
  "seller.city",
  "seller.country_code",
]

/**
 * Medusa's own middlewares of the route run first and drop `seller` fields (not in its
 * allowed list); when the client asked for any, the public seller fields are added here
 * (never `seller.*` itself, which would include the seller's email and status).
 */
export function addSellerFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const requested = String(req.query.fields ?? "")
    .split(",")
    .map((field) => field.trim().replace(/^[+-]/, ""))
  if (
    requested.some(
      (field) =>
        field === "seller" || field.startsWith("seller.") || field === "*seller"
    )
  ) {
    const fields = req.queryConfig.fields.filter(
      (field) => !field.startsWith("seller")
    )
    req.queryConfig.fields = [...fields, ...STORE_PRODUCT_SELLER_FIELDS]
  }
  next()
}

/** What `fields=+review_rating` returns: the product's rating (docs/reviews.md). */
export const STORE_PRODUCT_RATING_FIELDS = [
  "review_rating.average",
  "review_rating.count",
]

/** Adds the rating's fields when the client asked for `review_rating` (dropped by Medusa's allowed list). */
export function addRatingFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const requested = String(req.query.fields ?? "")
    .split(",")
    .map((field) => field.trim().replace(/^[+-]/, ""))
  if (
    requested.some(
      (field) =>
        field === "review_rating" ||
        field.startsWith("review_rating.") ||
        field === "*review_rating"
    )
  ) {
    const fields = req.queryConfig.fields.filter(
      (field) => !field.startsWith("review_rating")
    )
    req.queryConfig.fields = [...fields, ...STORE_PRODUCT_RATING_FIELDS]
  }
  next()
}

/** Extends Medusa's own /store/products routes (docs/catalog.md). */
export const storeProductRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/products",
    middlewares: [addSellerFields, addRatingFields, hideClosedSellerProducts],
  },
  {
    methods: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [addSellerFields, addRatingFields, hideClosedSellerProduct],
  },
]
