import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { StoreReviewListResponse } from "../../../../../types/http"
import { listPublishedReviews } from "../../../reviews/list-published-reviews"
import { listHiddenProductIds } from "../../hide-closed-seller-products"

/**
 * The published reviews of a published product, newest first, with its rating. A draft
 * product or one of a seller that is not open is a 404, like a missing one.
 */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreReviewListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: req.params.id, status: "published" },
  })
  if (!product || (await listHiddenProductIds(req)).includes(product.id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${req.params.id} was not found`
    )
  }
  res.json(await listPublishedReviews(req, "product", product.id))
}
