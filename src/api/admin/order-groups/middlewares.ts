import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCaptureOrderGroup,
  AdminGetOrderGroupParams,
  AdminGetOrderGroupsParams,
  AdminRefundOrderGroupOrder,
} from "./validators"

const withGroup = validateAndTransformQuery(
  AdminGetOrderGroupParams,
  QueryConfig.retrieveTransformQueryConfig
)

export const adminOrderGroupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/order-groups",
    middlewares: [
      validateAndTransformQuery(
        AdminGetOrderGroupsParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/order-groups/:id",
    middlewares: [withGroup],
  },
  {
    methods: ["POST"],
    matcher: "/admin/order-groups/:id/capture",
    middlewares: [validateAndTransformBody(AdminCaptureOrderGroup), withGroup],
  },
  {
    methods: ["POST"],
    matcher: "/admin/order-groups/:id/refunds",
    middlewares: [
      validateAndTransformBody(AdminRefundOrderGroupOrder),
      withGroup,
    ],
  },
]
