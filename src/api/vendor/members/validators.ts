import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MEMBER_ROLES } from "../../../modules/seller"

export const VendorGetMembersParams = createFindParams({ limit: 20, offset: 0 }).extend({
  role: z.enum(MEMBER_ROLES).optional(),
})
