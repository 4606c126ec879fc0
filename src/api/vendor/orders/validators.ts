import { OrderStatus } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { dateRangeFilter } from "../../utils/date-range-filter"

export const VendorGetOrderParams = createSelectParams()

export const VendorGetOrdersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z
    .union([z.enum(OrderStatus), z.array(z.enum(OrderStatus))])
    .optional(),
  created_at: dateRangeFilter().optional(),
  updated_at: dateRangeFilter().optional(),
})

const Item = z
  .object({ id: z.string().min(1), quantity: z.number().int().positive() })
  .strict()

export const VendorCreateFulfillment = z
  .object({
    items: z.array(Item).min(1),
    location_id: z.string().min(1).optional(),
    no_notification: z.boolean().optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type VendorCreateFulfillmentType = z.infer<
  typeof VendorCreateFulfillment
>

export const VendorCreateShipment = z
  .object({
    /** Defaults to every item of the fulfillment. */
    items: z.array(Item).min(1).optional(),
    labels: z
      .array(
        z
          .object({
            tracking_number: z.string().min(1),
            tracking_url: z.string().url(),
            label_url: z.string().url(),
          })
          .strict()
      )
      .optional(),
    no_notification: z.boolean().optional(),
  })
  .strict()
export type VendorCreateShipmentType = z.infer<typeof VendorCreateShipment>

export const VendorCancelOrder = z.object({}).strict()

export const VendorCompleteOrder = z.object({}).strict()

export const VendorMarkFulfillmentDelivered = z
  .object({ no_notification: z.boolean().optional() })
  .strict()
export type VendorMarkFulfillmentDeliveredType = z.infer<
  typeof VendorMarkFulfillmentDelivered
>

export const VendorCancelFulfillment = z
  .object({ no_notification: z.boolean().optional() })
  .strict()
export type VendorCancelFulfillmentType = z.infer<
  typeof VendorCancelFulfillment
>

const ReturnItem = Item.extend({
  /** One of Medusa's return reasons. */
  reason_id: z.string().min(1).optional(),
  note: z.string().trim().min(1).max(1000).optional(),
}).strict()

export const VendorCreateReturn = z
  .object({
    items: z.array(ReturnItem).min(1),
    /** Why the items come back; kept on the return and as the note of items without one. */
    reason: z.string().trim().min(1).max(1000).optional(),
    /** One of the seller's stock locations; defaults to where the order was fulfilled from. */
    location_id: z.string().min(1).optional(),
  })
  .strict()
export type VendorCreateReturnType = z.infer<typeof VendorCreateReturn>

export const VendorRefundOrder = z
  .object({
    /** In the currency's main unit. */
    amount: z.number().finite().positive(),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict()
export type VendorRefundOrderType = z.infer<typeof VendorRefundOrder>
