import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { OrderStatus, ProductStatus } from "@medusajs/framework/utils"
import { LEDGER_ENTRY_TYPES } from "../../../modules/payout/constants"
import { SELLER_STATUSES } from "../../../modules/seller"
import {
  SellerEmail,
  SellerHandle,
  SellerName,
  SellerProfile,
} from "../../utils/seller-profile"

export const AdminGetSellerParams = createSelectParams()

export const AdminGetSellersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  id: z.union([z.string(), z.array(z.string())]).optional(),
  q: z.string().optional(),
  status: z
    .union([z.enum(SELLER_STATUSES), z.array(z.enum(SELLER_STATUSES))])
    .optional(),
  handle: z.string().optional(),
})

export const AdminApproveSeller = z
  .object({ note: z.string().trim().max(2000).nullish() })
  .strict()
export type AdminApproveSellerType = z.infer<typeof AdminApproveSeller>

export const AdminRejectSeller = z
  .object({ note: z.string().trim().min(1).max(2000) })
  .strict()
export type AdminRejectSellerType = z.infer<typeof AdminRejectSeller>

export const AdminSuspendSeller = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
export type AdminSuspendSellerType = z.infer<typeof AdminSuspendSeller>

export const AdminReinstateSeller = z
  .object({ reason: z.string().trim().max(2000).nullish() })
  .strict()
export type AdminReinstateSellerType = z.infer<typeof AdminReinstateSeller>

/** Name and email (the owner is invited there), plus any profile field. */
export const AdminCreateSeller = SellerProfile.extend({
  name: SellerName,
  handle: SellerHandle.optional(),
  email: SellerEmail,
}).strict()
export type AdminCreateSellerType = z.infer<typeof AdminCreateSeller>

/** The profile fields a seller may edit itself; the logo as a URL (uploads are the seller's). */
export const AdminUpdateSeller = SellerProfile.extend({
  name: SellerName.optional(),
  email: SellerEmail.optional(),
}).strict()
export type AdminUpdateSellerType = z.infer<typeof AdminUpdateSeller>

export const AdminGetSellerInvitesParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})

export const AdminGetSellerLedgerParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  type: z
    .union([z.enum(LEDGER_ENTRY_TYPES), z.array(z.enum(LEDGER_ENTRY_TYPES))])
    .optional(),
  currency_code: z.string().trim().toLowerCase().length(3).optional(),
})

export const AdminGetSellerProductsParams = createFindParams({
  limit: 10,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z
    .union([z.enum(ProductStatus), z.array(z.enum(ProductStatus))])
    .optional(),
})

export const AdminGetSellerOrdersParams = createFindParams({
  limit: 10,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z
    .union([z.enum(OrderStatus), z.array(z.enum(OrderStatus))])
    .optional(),
})

export const AdminGetSellerMembersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "created_at",
}).extend({
  role: z.enum(["owner", "admin", "member"]).optional(),
})

export const AdminCreateSellerInvite = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    role: z.enum(["owner", "admin", "member"]).default("member"),
  })
  .strict()
export type AdminCreateSellerInviteType = z.infer<
  typeof AdminCreateSellerInvite
>
