import type { MiddlewareRoute } from "@medusajs/framework/http"
import { serveSellerPanel } from "./serve-seller-panel"

/** The seller panel's web app at /seller (its API is /vendor, untouched by this). */
export const sellerPanelMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller", middlewares: [serveSellerPanel()] },
]
