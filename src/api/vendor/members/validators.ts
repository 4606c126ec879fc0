import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const VendorGetMembersParams = createFindParams({ limit: 20, offset: 0 }).extend({
  role: z.enum(["owner", "admin", "member"]).optional(),
})
