import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { LEDGER_ENTRY_TYPES } from "../../../modules/payout/constants"

export const VendorGetLedgerParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  type: z
    .union([z.enum(LEDGER_ENTRY_TYPES), z.array(z.enum(LEDGER_ENTRY_TYPES))])
    .optional(),
  currency_code: z.string().trim().toLowerCase().length(3).optional(),
  reference: z.string().optional(),
})
