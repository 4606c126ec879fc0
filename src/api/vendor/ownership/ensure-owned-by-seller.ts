import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchOne } from "../../utils/refetch-one"
import { sellerOfRequest } from "./seller-of-request"

/**
 * `:id` routes of an entity that stores its seller in a `seller_id` column: 404 with
 * Medusa's `not_found` body unless the record belongs to the calling seller.
 */
export function ensureOwnedBySeller(entity: string, param = "id") {
  return async function ensureOwnedBySellerMiddleware(
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    await refetchOne(entity, req.params[param], req.scope, ["id"], {
      seller_id: sellerOfRequest(req),
    })
    next()
  }
}
