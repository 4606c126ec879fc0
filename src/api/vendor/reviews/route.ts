import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorReviewListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import type { VendorRequest } from "../seller-context"

/** Reviews of the seller and of its products, in every status, newest first. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorReviewListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: reviews, metadata } = await query.graph({
    entity: "review",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    reviews: reviews as VendorReviewListResponse["reviews"],
    ...listPage(metadata, req.queryConfig.pagination, reviews.length),
  })
}
