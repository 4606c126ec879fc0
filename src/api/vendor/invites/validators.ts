import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const VendorCreateInvite = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    role: z.enum(["admin", "member"]).default("member"),
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

export const VendorGetInvitesParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  role: z.enum(["owner", "admin", "member"]).optional(),
})

export const VendorResendInvite = z.object({}).strict()
