import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetOrderGroupParams = createSelectParams()

export const AdminCaptureOrderGroup = z.object({}).strict()

export const AdminRefundOrderGroupOrder = z
  .object({
    order_id: z.string().trim().min(1),
    /** In the currency's main unit; omitted refunds everything not refunded yet. */
    amount: z.number().finite().positive().optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
export type AdminRefundOrderGroupOrderType = z.infer<typeof AdminRefundOrderGroupOrder>
