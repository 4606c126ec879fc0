import { model } from "@medusajs/framework/utils"
import { REVIEW_REFERENCES, REVIEW_STATUSES } from "../constants"

/**
 * A customer's rating of a product (one per order line) or of a seller (one per order).
 * `seller_id` is the seller reviewed, or the seller of the product, so the seller's
 * reviews are one filter.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    reference: model.enum([...REVIEW_REFERENCES]),
    reference_id: model.text(),
    seller_id: model.text(),
    customer_id: model.text(),
    order_id: model.text(),
    /** The order line a product review comes from; null for seller reviews. */
    line_item_id: model.text().nullable(),
    rating: model.number(),
    title: model.text().nullable(),
    body: model.text().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    seller_reply: model.text().nullable(),
    seller_replied_at: model.dateTime().nullable(),
    moderation_note: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["reference", "reference_id", "status"] },
    { on: ["seller_id", "status"] },
    { on: ["customer_id"] },
    {
      on: ["line_item_id"],
      unique: true,
      where: "line_item_id IS NOT NULL",
    },
    {
      on: ["order_id"],
      unique: true,
      where: "reference = 'seller'",
    },
  ])
