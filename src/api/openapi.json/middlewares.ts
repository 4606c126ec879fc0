import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireAdminInProduction } from "./require-admin-in-production"

/** docs/http-contract.md: who may read the OpenAPI document. */
export const openApiDocumentMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/openapi.json",
    middlewares: [requireAdminInProduction()],
  },
]
