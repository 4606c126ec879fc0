import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { StoreReviewListResponse } from "../../../../../types/http"
import { listPublishedReviews } from "../../../reviews/list-published-reviews"

/**
 * The published reviews of an open seller (of the seller itself, not of its products),
 * newest first, with its rating. Any other status is a 404, like a missing seller.
 */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreReviewListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: ["id"],
    filters: { handle: req.params.handle, status: "open" },
  })
  if (!seller) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Seller with handle: ${req.params.handle} was not found`
    )
  }
  res.json(await listPublishedReviews(req, "seller", seller.id))
}
