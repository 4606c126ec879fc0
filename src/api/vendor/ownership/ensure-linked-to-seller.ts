import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { notFoundLabel } from "../../utils/refetch-one"
import {
  listSellerLinkedIds,
  type SellerLinkedEntity,
} from "../../utils/seller-links"
import { sellerOfRequest } from "./seller-of-request"

/**
 * `:id` routes of an entity the seller owns through a link: 404 with Medusa's
 * `not_found` body unless the path's id is linked to the calling seller. Another
 * seller's id and a missing one get the same answer, so nothing leaks.
 */
export function ensureLinkedToSeller(entity: SellerLinkedEntity, param = "id") {
  return async function ensureLinkedToSellerMiddleware(
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const id = req.params[param]
    const [linked] = await listSellerLinkedIds(
      req.scope,
      entity,
      sellerOfRequest(req),
      [id]
    )
    if (!linked) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${notFoundLabel(entity)} with id: ${id} was not found`
      )
    }
    next()
  }
}
