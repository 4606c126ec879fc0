import {
  maybeApplyLinkFilter,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
} from "@medusajs/framework/http"
import {
  linkedIdColumn,
  SELLER_LINKS,
  type SellerLinkedEntity,
} from "../../utils/seller-links"
import { sellerOfRequest } from "./seller-of-request"

/**
 * List routes of an entity the seller owns through a link: narrows the route's filters
 * to the ids linked to the calling seller (Medusa's link filter, with `seller_id` taken
 * from the seller context). Runs after `validateAndTransformQuery`.
 */
export function filterBySellerLink(entity: SellerLinkedEntity) {
  const linkFilter = maybeApplyLinkFilter({
    entryPoint: SELLER_LINKS[entity].entryPoint,
    resourceId: linkedIdColumn(entity),
    filterableField: "seller_id",
  })
  return function filterBySellerLinkMiddleware(
    req: AuthenticatedMedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    req.filterableFields = {
      ...req.filterableFields,
      seller_id: sellerOfRequest(req),
    }
    return linkFilter(req, res, next)
  }
}
