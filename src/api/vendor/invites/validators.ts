import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../../modules/seller"

export const VendorCreateInvite = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    /** An invite never makes an owner. */
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
