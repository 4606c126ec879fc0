import { model } from "@medusajs/framework/utils"
import { PAYOUT_STATUSES } from "../constants"

/** Kept for callers that import the statuses from the model. */
export { PAYOUT_STATUSES }

/** A transfer of a seller's payable balance; its ledger entry reserves the funds at creation. */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "pout" }).primaryKey(),
    seller_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    status: model.enum([...PAYOUT_STATUSES]).default("pending"),
    provider: model.text(),
    provider_reference: model.text().nullable(),
    /** Sent to the provider so a retried transfer is never executed twice. */
    idempotency_key: model.text().unique(),
    failure_reason: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["seller_id", "status"] }])
