import { model } from "@medusajs/framework/utils"
import { PAYOUT_ACCOUNT_STATUSES } from "../constants"

/** Where a seller is paid: one account per seller at the configured payout provider. */
export const PayoutAccount = model.define("payout_account", {
  id: model.id({ prefix: "pacc" }).primaryKey(),
  seller_id: model.text().unique(),
  provider: model.text(),
  external_id: model.text().nullable(),
  status: model.enum([...PAYOUT_ACCOUNT_STATUSES]).default("pending"),
  /** Non-secret details the provider returns (country, payout method hints...). */
  data: model.json().nullable(),
})
