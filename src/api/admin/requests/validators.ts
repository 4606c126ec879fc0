import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { REQUEST_STATUSES } from "../../../modules/request/constants"

export const AdminGetRequestParams = createSelectParams()

export const AdminGetRequestsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z
    .union([z.enum(REQUEST_STATUSES), z.array(z.enum(REQUEST_STATUSES))])
    .optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  seller_id: z.union([z.string(), z.array(z.string())]).optional(),
})

export const AdminAcceptRequest = z
  .object({ note: z.string().trim().max(2000).nullish() })
  .strict()
export type AdminAcceptRequestType = z.infer<typeof AdminAcceptRequest>

export const AdminRejectRequest = z
  .object({ note: z.string().trim().min(1).max(2000) })
  .strict()
export type AdminRejectRequestType = z.infer<typeof AdminRejectRequest>
