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
import {
  REVIEW_MODULE,
  Rating,
  ReviewModuleService,
} from "../../../modules/review"

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

/**
 * `fields=+review_rating` adds each product's rating `{ average, count }`, read through the
 * review module's cache (docs/reviews.md). It is attached to Medusa's answer rather than
 * queried with it: Medusa caches its product query, and nothing a review changes would
 * invalidate that entry.
 */
export function addRatingField(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const requested = String(req.query.fields ?? "")
    .split(",")
    .map((field) => field.trim().replace(/^[+-]/, ""))
  if (
    !requested.some((field) =>
      field.replace(/^\*/, "").startsWith("review_rating")
    )
  ) {
    return next()
  }
  req.queryConfig.fields = req.queryConfig.fields.filter(
    (field) => !field.startsWith("review_rating")
  )
  const send = res.json.bind(res)
  res.json = ((body: ProductsBody) => {
    const products = body?.products ?? (body?.product ? [body.product] : [])
    if (!products.length) {
      return send(body)
    }
    req.scope
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .retrieveRatings(products.map((product) => product.id))
      .then(
        (ratings) => {
          for (const product of products) {
            product.review_rating = ratings[product.id]
          }
          send(body)
        },
        (error) => next(error)
      )
    return res
  }) as typeof res.json
  next()
}

type ProductsBody = {
  product?: RatedProduct
  products?: RatedProduct[]
}
type RatedProduct = { id: string; review_rating?: Rating }

/** Extends Medusa's own /store/products routes (docs/catalog.md). */
export const storeProductRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/products",
    middlewares: [addSellerFields, addRatingField, hideClosedSellerProducts],
  },
  {
    methods: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [addSellerFields, addRatingField, hideClosedSellerProduct],
  },
]
