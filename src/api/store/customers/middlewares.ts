import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetCustomerOrderGroupsParams } from "./validators"

/** Medusa authenticates the customer on every /store/customers/me route. */
export const storeCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/order-groups",
    middlewares: [
      validateAndTransformQuery(StoreGetCustomerOrderGroupsParams, {
        defaults: ["id"],
        allowed: ["id"],
        defaultLimit: 10,
        isList: true,
      }),
    ],
  },
]
