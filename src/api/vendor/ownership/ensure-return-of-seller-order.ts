import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveSellerReturn } from "../../../workflows/vendor-returns/utils/seller-returns"
import { sellerOfRequest } from "./seller-of-request"

/**
 * `/vendor/returns/:id` routes: a return belongs to whoever sells its order, so the path's
 * return must be of one of the calling seller's orders (404 `not_found` otherwise, like a
 * missing one).
 */
export function ensureReturnOfSellerOrder(param = "id") {
  return async function ensureReturnOfSellerOrderMiddleware(
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    await retrieveSellerReturn(
      req.scope,
      sellerOfRequest(req),
      req.params[param],
      ["id"]
    )
    next()
  }
}
