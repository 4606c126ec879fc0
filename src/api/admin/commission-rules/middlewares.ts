import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateCommissionRule,
  AdminGetCommissionRuleParams,
  AdminGetCommissionRulesParams,
  AdminUpdateCommissionRule,
} from "./validators"

const withRule = validateAndTransformQuery(
  AdminGetCommissionRuleParams,
  QueryConfig.retrieveTransformQueryConfig
)

export const adminCommissionRuleRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/commission-rules",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCommissionRulesParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/commission-rules",
    middlewares: [
      validateAndTransformBody(AdminCreateCommissionRule),
      withRule,
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/commission-rules/:id",
    middlewares: [withRule],
  },
  {
    methods: ["POST"],
    matcher: "/admin/commission-rules/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateCommissionRule),
      withRule,
    ],
  },
]
