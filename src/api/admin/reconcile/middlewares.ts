import {
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { AdminReconcile } from "./validators"

export const adminReconcileRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/reconcile",
    middlewares: [validateAndTransformBody(AdminReconcile)],
  },
]
