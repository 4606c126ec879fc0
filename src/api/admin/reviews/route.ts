import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminReviewListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"

/** Every review, newest first: filter by status, reference, reference_id, seller_id, customer_id, rating. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminReviewListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: reviews, metadata } = await query.graph({
    entity: "review",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    reviews: reviews as AdminReviewListResponse["reviews"],
    ...listPage(metadata, req.queryConfig.pagination, reviews.length),
  })
}
