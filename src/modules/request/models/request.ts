import { model } from "@medusajs/framework/utils"
import { REQUEST_STATUSES, REQUEST_TYPES } from "../constants"

/** Something a seller asks an admin to review. */
export const Request = model
  .define("request", {
    id: model.id({ prefix: "req" }).primaryKey(),
    type: model.enum([...REQUEST_TYPES]),
    seller_id: model.text(),
    payload: model.json().nullable(),
    status: model.enum([...REQUEST_STATUSES]).default("pending"),
    submitted_by: model.text().nullable(),
    reviewer_id: model.text().nullable(),
    reviewer_note: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    /** What accepting the request created or changed (a category, a type, a product). */
    resource_id: model.text().nullable(),
  })
  .indexes([{ on: ["seller_id"] }, { on: ["status", "type"] }])
