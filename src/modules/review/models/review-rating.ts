import { model } from "@medusajs/framework/utils"
import { REVIEW_REFERENCES } from "../constants"

/**
 * Average and count of the published reviews of one product or seller, written only by
 * the repository's recomputation (never summed up in application code).
 */
export const ReviewRating = model
  .define("review_rating", {
    id: model.id({ prefix: "rrat" }).primaryKey(),
    reference: model.enum([...REVIEW_REFERENCES]),
    reference_id: model.text(),
    /** Rounded to two decimals; 0 when nothing is published. */
    average: model.float(),
    count: model.number(),
  })
  .indexes([{ on: ["reference_id"], unique: true }])
