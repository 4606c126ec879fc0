import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { LEDGER_ENTRY_TYPES } from "../../../modules/payout/models/ledger-entry"
import { VendorCreateSeller, VendorUpdateSeller } from "../../vendor/sellers/validators"

export const AdminGetSellerParams = createSelectParams()

export const AdminGetSellersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  id: z.union([z.string(), z.array(z.string())]).optional(),
  q: z.string().optional(),
  status: z
    .union([
      z.enum(["pending_approval", "open", "suspended", "terminated"]),
      z.array(z.enum(["pending_approval", "open", "suspended", "terminated"])),
    ])
    .optional(),
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

const PRODUCT_STATUSES = ["draft", "proposed", "published", "rejected"] as const
const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const

/** Name and email (the owner is invited there), plus any profile field. */
export const AdminCreateSeller = VendorCreateSeller.omit({ member: true })
export type AdminCreateSellerType = z.infer<typeof AdminCreateSeller>

/** The profile fields a seller may edit itself; the logo as a URL (uploads are the seller's). */
export const AdminUpdateSeller = VendorUpdateSeller.omit({ logo_file_id: true })
export type AdminUpdateSellerType = z.infer<typeof AdminUpdateSeller>

export const AdminGetSellerMembersParams = createFindParams({ limit: 20, offset: 0, order: "created_at" })

export const AdminGetSellerInvitesParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" })

export const AdminGetSellerLedgerParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  type: z.union([z.enum(LEDGER_ENTRY_TYPES), z.array(z.enum(LEDGER_ENTRY_TYPES))]).optional(),
  currency_code: z.string().trim().toLowerCase().length(3).optional(),
})

export const AdminGetSellerProductsParams = createFindParams({
  limit: 10,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z.union([z.enum(PRODUCT_STATUSES), z.array(z.enum(PRODUCT_STATUSES))]).optional(),
})

export const AdminGetSellerOrdersParams = createFindParams({
  limit: 10,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z.union([z.enum(ORDER_STATUSES), z.array(z.enum(ORDER_STATUSES))]).optional(),
})
