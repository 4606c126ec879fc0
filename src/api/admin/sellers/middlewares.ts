import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminApproveSeller,
  AdminCreateSeller,
  AdminCreateSellerInvite,
  AdminGetSellerInvitesParams,
  AdminGetSellerLedgerParams,
  AdminGetSellerMembersParams,
  AdminGetSellerOrdersParams,
  AdminGetSellerParams,
  AdminGetSellerProductsParams,
  AdminGetSellersParams,
  AdminReinstateSeller,
  AdminRejectSeller,
  AdminSuspendSeller,
  AdminUpdateSeller,
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
      validateAndTransformQuery(
        AdminGetSellersParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers",
    middlewares: [validateAndTransformBody(AdminCreateSeller), withSeller],
  },
  {
    methods: ["GET"],
    matcher: "/admin/sellers/:id",
    middlewares: [withSeller],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id",
    middlewares: [validateAndTransformBody(AdminUpdateSeller), withSeller],
  },
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
      validateAndTransformQuery(
        AdminGetSellerMembersParams,
        QueryConfig.membersTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/sellers/:id/invites",
    middlewares: [
      validateAndTransformQuery(
        AdminGetSellerInvitesParams,
        QueryConfig.invitesTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/sellers/:id/ledger",
    middlewares: [
      validateAndTransformQuery(
        AdminGetSellerLedgerParams,
        QueryConfig.ledgerTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/sellers/:id/products",
    middlewares: [
      validateAndTransformQuery(
        AdminGetSellerProductsParams,
        QueryConfig.productsTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/sellers/:id/orders",
    middlewares: [
      validateAndTransformQuery(
        AdminGetSellerOrdersParams,
        QueryConfig.ordersTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/sellers/:id/invites",
    middlewares: [validateAndTransformBody(AdminCreateSellerInvite)],
  },
]
