import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { PAYOUT_STATUSES } from "../../../modules/payout/constants"

export const VendorGetPayoutParams = createSelectParams()

export const VendorGetPayoutsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z
    .union([z.enum(PAYOUT_STATUSES), z.array(z.enum(PAYOUT_STATUSES))])
    .optional(),
  currency_code: z.string().trim().toLowerCase().length(3).optional(),
})
