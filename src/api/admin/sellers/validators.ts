import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { SELLER_STATUSES } from "../../../modules/seller"

export const AdminGetSellerParams = createSelectParams()

export const AdminGetSellersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  q: z.string().optional(),
  status: z.union([z.enum(SELLER_STATUSES), z.array(z.enum(SELLER_STATUSES))]).optional(),
  handle: z.string().optional(),
})

export const AdminApproveSeller = z.object({ note: z.string().trim().max(2000).nullish() }).strict()
export type AdminApproveSellerType = z.infer<typeof AdminApproveSeller>

export const AdminRejectSeller = z.object({ note: z.string().trim().min(1).max(2000) }).strict()
export type AdminRejectSellerType = z.infer<typeof AdminRejectSeller>

export const AdminSuspendSeller = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
export type AdminSuspendSellerType = z.infer<typeof AdminSuspendSeller>

export const AdminReinstateSeller = z
  .object({ reason: z.string().trim().max(2000).nullish() })
  .strict()
export type AdminReinstateSellerType = z.infer<typeof AdminReinstateSeller>
