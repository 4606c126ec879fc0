import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const LEDGER_TYPES = ["sale", "commission", "refund", "commission_reversal", "payout", "payout_reversal", "adjustment"] as const

export const VendorGetLedgerParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  type: z.union([z.enum(LEDGER_TYPES), z.array(z.enum(LEDGER_TYPES))]).optional(),
  currency_code: z.string().trim().toLowerCase().length(3).optional(),
  reference: z.string().optional(),
})
