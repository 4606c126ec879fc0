import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { filterBySellerColumn } from "../ownership/filter-by-seller-column"
import * as QueryConfig from "./query-config"
import {
  VendorGetNotificationsParams,
  VendorMarkNotificationsRead,
} from "./validators"

export const vendorNotificationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/vendor/notifications",
    middlewares: [
      validateAndTransformQuery(
        VendorGetNotificationsParams,
        QueryConfig.listTransformQueryConfig
      ),
      filterBySellerColumn("receiver_id"),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/notifications/read",
    middlewares: [validateAndTransformBody(VendorMarkNotificationsRead)],
  },
]
