import { model } from "@medusajs/framework/utils"

export const PAYOUT_STATUSES = ["pending", "processing", "paid", "failed", "canceled"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

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
