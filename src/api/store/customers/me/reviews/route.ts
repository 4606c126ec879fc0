import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreCustomerReviewListResponse } from "../../../../../types/http"
import { listPage } from "../../../../utils/list-page"

/** The logged-in customer's reviews in every status, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreCustomerReviewListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: reviews, metadata } = await query.graph({
    entity: "review",
    fields: req.queryConfig.fields,
    filters: {
      ...req.filterableFields,
      customer_id: req.auth_context.actor_id,
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    reviews: reviews as StoreCustomerReviewListResponse["reviews"],
    ...listPage(metadata, req.queryConfig.pagination, reviews.length),
  })
}
