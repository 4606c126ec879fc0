import { z } from "@medusajs/framework/zod"

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
