import { OrderStatus } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

export const VendorGetOrderParams = createSelectParams()

export const VendorGetOrdersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z.union([z.enum(OrderStatus), z.array(z.enum(OrderStatus))]).optional(),
  created_at: createOperatorMap().optional(),
  updated_at: createOperatorMap().optional(),
})

const Item = z.object({ id: z.string().min(1), quantity: z.number().int().positive() }).strict()

export const VendorCreateFulfillment = z
  .object({
    items: z.array(Item).min(1),
    location_id: z.string().min(1).optional(),
    no_notification: z.boolean().optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type VendorCreateFulfillmentType = z.infer<typeof VendorCreateFulfillment>

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
