import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  StoreCreateReview,
  StoreGetCustomerReviewsParams,
  StoreGetReviewsParams,
  StoreUpdateReview,
} from "./validators"

const listPublished = validateAndTransformQuery(
  StoreGetReviewsParams,
  QueryConfig.listTransformQueryConfig
)

/** Reviews in the store; Medusa authenticates the customer on /store/customers/me*. */
export const storeReviewRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/reviews",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformBody(StoreCreateReview),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/products/:id/reviews",
    middlewares: [listPublished],
  },
  {
    methods: ["GET"],
    matcher: "/store/sellers/:handle/reviews",
    middlewares: [listPublished],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/reviews",
    middlewares: [
      validateAndTransformQuery(
        StoreGetCustomerReviewsParams,
        QueryConfig.customerListTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/reviews/:id",
    middlewares: [validateAndTransformBody(StoreUpdateReview)],
  },
]
