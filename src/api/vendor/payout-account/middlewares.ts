import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireSellerRole } from "../seller-context"
import { VendorCreatePayoutAccount } from "./validators"

/** Payout details are for the owner and admins only, reading included. */
export const vendorPayoutAccountRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/payout-account",
    middlewares: [requireSellerRole("owner", "admin")],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/payout-account",
    middlewares: [requireSellerRole("owner", "admin"), validateAndTransformBody(VendorCreatePayoutAccount)],
  },
]
