import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetOrderGroupParams = createSelectParams()

export const AdminCaptureOrderGroup = z.object({}).strict()
