import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { dateRangeFilter } from "../../utils/date-range-filter"

const id = z.string().trim().min(1).max(100)
const ids = z.union([id, z.array(id)])
export const PAYMENT_STATUSES = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "canceled",
  "failed",
  "partially_captured",
  "completed",
] as const

/** seller_id (a group with an order of the seller), customer_id, created_at range, payment_status of the group's payment. */
export const AdminGetOrderGroupsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  seller_id: ids.optional(),
  customer_id: ids.optional(),
  payment_status: z
    .union([z.enum(PAYMENT_STATUSES), z.array(z.enum(PAYMENT_STATUSES))])
    .optional(),
  created_at: dateRangeFilter().optional(),
})
export type AdminGetOrderGroupsParamsType = z.infer<
  typeof AdminGetOrderGroupsParams
>

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
export type AdminRefundOrderGroupOrderType = z.infer<
  typeof AdminRefundOrderGroupOrder
>
