import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { dateRangeFilter } from "../../utils/date-range-filter"

const RETURN_STATUSES = [
  "open",
  "requested",
  "received",
  "partially_received",
  "canceled",
] as const

export const VendorGetReturnParams = createSelectParams()

export const VendorGetReturnsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z
    .union([z.enum(RETURN_STATUSES), z.array(z.enum(RETURN_STATUSES))])
    .optional(),
  order_id: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
  created_at: dateRangeFilter().optional(),
  updated_at: dateRangeFilter().optional(),
})
export type VendorGetReturnsParamsType = z.infer<typeof VendorGetReturnsParams>

export const VendorReceiveReturn = z
  .object({
    /** Order line items and quantities; omitted = everything the return still expects. */
    items: z
      .array(
        z
          .object({
            id: z.string().min(1),
            quantity: z.number().int().positive(),
          })
          .strict()
      )
      .min(1)
      .optional(),
  })
  .strict()
export type VendorReceiveReturnType = z.infer<typeof VendorReceiveReturn>
