import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

const ROLES = ["owner", "admin", "member"] as const

export const VendorGetMembersParams = createFindParams({ limit: 20, offset: 0 }).extend({
  role: z.enum(ROLES).optional(),
})

export const VendorGetMemberParams = createSelectParams()

export const VendorUpdateMember = z.object({ role: z.enum(ROLES) }).strict()
export type VendorUpdateMemberType = z.infer<typeof VendorUpdateMember>
