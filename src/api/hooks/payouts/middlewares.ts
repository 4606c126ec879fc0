import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Provider webhooks: the signature is computed over the exact bytes, so keep them. */
export const hooksPayoutRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/hooks/payouts/stripe",
    bodyParser: { preserveRawBody: true },
  },
]
