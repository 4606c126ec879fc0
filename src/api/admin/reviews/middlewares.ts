import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminGetReviewsParams,
  AdminPublishReview,
  AdminRejectReview,
} from "./validators"

export const adminReviewRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/reviews",
    middlewares: [
      validateAndTransformQuery(
        AdminGetReviewsParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/reviews/:id/publish",
    middlewares: [validateAndTransformBody(AdminPublishReview)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/reviews/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectReview)],
  },
]
