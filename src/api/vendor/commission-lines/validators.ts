import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const VendorGetCommissionLinesParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
  fee_type: z.union([z.string(), z.array(z.string())]).optional(),
})
