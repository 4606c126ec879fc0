import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminAcceptRequest,
  AdminGetRequestParams,
  AdminGetRequestsParams,
  AdminRejectRequest,
} from "./validators"

const withRequest = validateAndTransformQuery(
  AdminGetRequestParams,
  QueryConfig.retrieveTransformQueryConfig
)

export const adminRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/requests",
    middlewares: [
      validateAndTransformQuery(
        AdminGetRequestsParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/requests/:id/accept",
    middlewares: [validateAndTransformBody(AdminAcceptRequest), withRequest],
  },
  {
    methods: ["POST"],
    matcher: "/admin/requests/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectRequest), withRequest],
  },
]
