import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetMarketplaceOverviewParams } from "./validators"

export const adminMarketplaceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/marketplace/overview",
    middlewares: [
      validateAndTransformQuery(AdminGetMarketplaceOverviewParams, {}),
    ],
  },
]
