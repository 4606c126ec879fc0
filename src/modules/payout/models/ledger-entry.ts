import { model } from "@medusajs/framework/utils"
import { LEDGER_ENTRY_TYPES } from "../constants"

/**
 * One signed movement on a seller's account (credits positive, debits negative).
 * Unique per (type, reference): replaying the event that wrote it is a no-op.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    seller_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    /** The order, line, refund or payout id the entry accounts for. */
    reference: model.text(),
    /** When the amount may be paid out (capture + PAYOUT_HOLD_DAYS for sales). */
    available_at: model.dateTime(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["type", "reference"], unique: true },
    { on: ["seller_id", "currency_code"] },
  ])
