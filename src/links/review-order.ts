import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import ReviewModule from "../modules/review"

/** `review.order`: the order the review comes from (read-only, through `order_id`). */
export default defineLink(
  { linkable: ReviewModule.linkable.review, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
