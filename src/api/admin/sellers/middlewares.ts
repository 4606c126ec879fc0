import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminApproveSeller,
  AdminCreateSellerInvite,
  AdminGetSellerMembersParams,
  AdminGetSellerParams,
  AdminGetSellersParams,
  AdminReinstateSeller,
  AdminRejectSeller,
  AdminSuspendSeller,
} from "./validators"

const withSeller = validateAndTransformQuery(
  AdminGetSellerParams,
  QueryConfig.retrieveTransformQueryConfig
)

export const adminSellerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/sellers",
    middlewares: [
      validateAndTransformQuery(AdminGetSellersParams, QueryConfig.listTransformQueryConfig),
    ],
  },
  { methods: ["GET"], matcher: "/admin/sellers/:id", middlewares: [withSeller] },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveSeller), withSeller],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectSeller), withSeller],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id/suspend",
    middlewares: [validateAndTransformBody(AdminSuspendSeller), withSeller],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id/reinstate",
    middlewares: [validateAndTransformBody(AdminReinstateSeller), withSeller],
  },
  {
    methods: ["GET"],
    matcher: "/admin/sellers/:id/members",
    middlewares: [
      validateAndTransformQuery(AdminGetSellerMembersParams, QueryConfig.membersTransformQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id/invites",
    middlewares: [validateAndTransformBody(AdminCreateSellerInvite)],
  },
]
