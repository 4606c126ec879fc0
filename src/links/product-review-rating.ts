import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ReviewModule from "../modules/review"

/**
 * `product.review_rating`: the product's average and count of published reviews (read-only,
 * joined on the rating's reference id; no link table).
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { linkable: ReviewModule.linkable.reviewRating, field: "reference_id" },
  { readOnly: true }
)
