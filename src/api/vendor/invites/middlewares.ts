import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  VendorAcceptInvite,
  VendorCreateInvite,
  VendorGetInvitesParams,
  VendorResendInvite,
} from "./validators"

export const vendorInviteRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/invites",
    middlewares: [
      validateAndTransformQuery(
        VendorGetInvitesParams,
        QueryConfig.listTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/invites",
    middlewares: [validateAndTransformBody(VendorCreateInvite)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [validateAndTransformBody(VendorAcceptInvite)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/invites/:id/resend",
    middlewares: [validateAndTransformBody(VendorResendInvite)],
  },
]
