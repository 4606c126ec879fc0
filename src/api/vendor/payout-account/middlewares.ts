import {
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { VendorCreatePayoutAccount } from "./validators"

/** Payout details are for the owner and admins only, reading included (seller-permissions.ts). */
export const vendorPayoutAccountRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/payout-account",
    middlewares: [validateAndTransformBody(VendorCreatePayoutAccount)],
  },
]
