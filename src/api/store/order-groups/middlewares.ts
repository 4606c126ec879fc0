import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ensureOrderGroupAccess } from "./ensure-order-group-access"
import { StoreGetOrderGroupParams } from "./validators"

export const storeOrderGroupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/order-groups/:id",
    middlewares: [
      validateAndTransformQuery(StoreGetOrderGroupParams, {
        defaults: [],
        isList: false,
      }),
      ensureOrderGroupAccess,
    ],
  },
]
