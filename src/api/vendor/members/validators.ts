import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { MEMBER_ROLES } from "../../../modules/seller"

export const VendorGetMembersParams = createFindParams({
  limit: 20,
  offset: 0,
}).extend({
  role: z.enum(MEMBER_ROLES).optional(),
})

export const VendorGetMemberParams = createSelectParams()

export const VendorUpdateMember = z
  .object({ role: z.enum(MEMBER_ROLES) })
  .strict()
export type VendorUpdateMemberType = z.infer<typeof VendorUpdateMember>
