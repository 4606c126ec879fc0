import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireSellerRole } from "../seller-context"
import { VendorAcceptInvite, VendorCreateInvite } from "./validators"

export const vendorInviteRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/invites",
    middlewares: [requireSellerRole("owner", "admin"), validateAndTransformBody(VendorCreateInvite)],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [validateAndTransformBody(VendorAcceptInvite)],
  },
]
