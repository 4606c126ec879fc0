import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { VendorGetStatsParams } from "./validators"

export const vendorStatsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/stats",
    middlewares: [
      validateAndTransformQuery(VendorGetStatsParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
]
