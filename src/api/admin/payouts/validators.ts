import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { PAYOUT_STATUSES } from "../../../modules/payout/constants"

const id = z.string().trim().min(1).max(100)

export const AdminGetPayoutParams = createSelectParams()

export const AdminGetPayoutsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  seller_id: z.union([id, z.array(id)]).optional(),
  status: z
    .union([z.enum(PAYOUT_STATUSES), z.array(z.enum(PAYOUT_STATUSES))])
    .optional(),
  currency_code: z.string().trim().toLowerCase().length(3).optional(),
})

export const AdminRunPayouts = z
  .object({
    /** Only these sellers; every seller with a payable balance when omitted. */
    seller_ids: z.array(id).min(1).max(1000).optional(),
  })
  .strict()
export type AdminRunPayoutsType = z.infer<typeof AdminRunPayouts>

export const AdminMarkPayoutPaid = z
  .object({ provider_reference: z.string().trim().min(1).max(200).optional() })
  .strict()
export type AdminMarkPayoutPaidType = z.infer<typeof AdminMarkPayoutPaid>

export const AdminMarkPayoutFailed = z
  .object({ reason: z.string().trim().min(1).max(1000) })
  .strict()
export type AdminMarkPayoutFailedType = z.infer<typeof AdminMarkPayoutFailed>
