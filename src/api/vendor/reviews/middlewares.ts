import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureOwnedBySeller } from "../ownership/ensure-owned-by-seller"
import { filterBySellerColumn } from "../ownership/filter-by-seller-column"
import * as QueryConfig from "./query-config"
import { VendorGetReviewsParams, VendorReplyToReview } from "./validators"

export const vendorReviewRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/reviews",
    middlewares: [
      validateAndTransformQuery(
        VendorGetReviewsParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerColumn(),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/reviews/:id/reply",
    middlewares: [
      ensureOwnedBySeller("review"),
      validateAndTransformBody(VendorReplyToReview),
    ],
  },
]
