import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { sellerOfRequest } from "./seller-of-request"

/**
 * List routes of an entity that stores its seller in a column (`seller_id`, or
 * `receiver_id` for the notification feed): the calling seller's id becomes that
 * filter, overriding anything the client sent. Runs after `validateAndTransformQuery`.
 */
export function filterBySellerColumn(column = "seller_id") {
  return function filterBySellerColumnMiddleware(
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    req.filterableFields = {
      ...req.filterableFields,
      [column]: sellerOfRequest(req),
    }
    next()
  }
}
