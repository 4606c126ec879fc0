import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Provider webhooks: signatures are computed over the exact bytes, so keep them. */
export const hooksPayoutRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/hooks/payouts/:provider",
    bodyParser: { preserveRawBody: true },
  },
]
