import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MEMBER_ROLES } from "../../../modules/seller"

export const VendorCreateInvite = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    /** A seller's invite never makes an owner (the platform admin's may). */
    role: z.enum(MEMBER_ROLES).exclude(["owner"]).default("member"),
  })
  .strict()
export type VendorCreateInviteType = z.infer<typeof VendorCreateInvite>

export const VendorAcceptInvite = z
  .object({
    token: z.string().min(1).max(200),
    name: z.string().trim().max(200).nullish(),
  })
  .strict()
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>

export const VendorGetInvitesParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  role: z.enum(MEMBER_ROLES).optional(),
})

export const VendorResendInvite = z.object({}).strict()
