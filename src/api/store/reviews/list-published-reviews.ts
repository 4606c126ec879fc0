import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  REVIEW_MODULE,
  ReviewModuleService,
  ReviewReference,
} from "../../../modules/review"
import type { StoreReviewListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"

/** A page of the published reviews of one product or seller, with its (cached) rating. */
export async function listPublishedReviews(
  req: MedusaRequest,
  reference: ReviewReference,
  referenceId: string
): Promise<StoreReviewListResponse> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: reviews, metadata } = await query.graph({
    entity: "review",
    fields: req.queryConfig.fields,
    filters: {
      ...req.filterableFields,
      reference,
      reference_id: referenceId,
      status: "published",
    },
    pagination: req.queryConfig.pagination,
  })
  const ratings = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .retrieveRatings([referenceId])
  return {
    reviews: reviews as StoreReviewListResponse["reviews"],
    rating: ratings[referenceId],
    ...listPage(metadata, req.queryConfig.pagination, reviews.length),
  }
}
