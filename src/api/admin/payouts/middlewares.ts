import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminGetPayoutParams,
  AdminGetPayoutsParams,
  AdminMarkPayoutFailed,
  AdminMarkPayoutPaid,
  AdminRunPayouts,
} from "./validators"

const withPayout = validateAndTransformQuery(
  AdminGetPayoutParams,
  QueryConfig.retrieveTransformQueryConfig
)

export const adminPayoutRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/payouts",
    middlewares: [
      validateAndTransformQuery(
        AdminGetPayoutsParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/payouts/run",
    middlewares: [validateAndTransformBody(AdminRunPayouts)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/payouts/:id",
    middlewares: [withPayout],
  },
  {
    methods: ["POST"],
    matcher: "/admin/payouts/:id/mark-paid",
    middlewares: [validateAndTransformBody(AdminMarkPayoutPaid), withPayout],
  },
  {
    methods: ["POST"],
    matcher: "/admin/payouts/:id/mark-failed",
    middlewares: [validateAndTransformBody(AdminMarkPayoutFailed), withPayout],
  },
]
