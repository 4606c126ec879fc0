import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { REQUEST_STATUSES, REQUEST_TYPES } from "../../../modules/request/constants"

export const VendorGetRequestsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z.enum(REQUEST_STATUSES).optional(),
  type: z.string().optional(),
})

/** Types a seller files itself; registrations and publications are created by their workflows. */
export const VendorCreateRequest = z
  .object({
    type: z.enum(REQUEST_TYPES).extract(["product_category", "product_type"]),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict()
export type VendorCreateRequestType = z.infer<typeof VendorCreateRequest>
