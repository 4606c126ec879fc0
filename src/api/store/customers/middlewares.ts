import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreGetCustomerOrderGroupsParams } from "./validators"

/** Medusa authenticates the customer on every /store/customers/me route. */
export const storeCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/order-groups",
    middlewares: [
      validateAndTransformQuery(StoreGetCustomerOrderGroupsParams, {
        defaults: ["id"],
        // What the list can be ordered by; the groups' fields are fixed (store-order-groups.ts).
        allowed: ["id", "created_at"],
        defaultLimit: 10,
        isList: true,
      }),
    ],
  },
]
