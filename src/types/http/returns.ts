import { ReturnStatus } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { JsonObject, listResponse, Timestamp } from "./common"

const ReturnItem = z.object({
  id: z.string(),
  item_id: z.string().meta({ description: "The order line item" }),
  quantity: z.number(),
  received_quantity: z.number(),
  damaged_quantity: z.number(),
  reason_id: z.string().nullable(),
  note: z.string().nullable(),
  item: z
    .looseObject({
      title: z.string(),
      variant_title: z.string().nullable(),
      variant_sku: z.string().nullable(),
    })
    .nullish(),
})

/** A return of one of the seller's orders (Medusa's return), opened by the customer, the seller or an admin. */
export const VendorReturn = z
  .object({
    id: z.string(),
    display_id: z.number().int(),
    order_id: z.string(),
    status: z.enum(ReturnStatus),
    location_id: z.string().nullable(),
    no_notification: z.boolean().nullable(),
    refund_amount: z.number().nullable(),
    metadata: JsonObject.nullable().meta({
      description: "`reason`: why the seller opened the return",
    }),
    requested_at: Timestamp.nullable(),
    received_at: Timestamp.nullable(),
    canceled_at: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
    order: z.object({ id: z.string(), display_id: z.number().int() }),
    items: z.array(ReturnItem),
  })
  .meta({ id: "VendorReturn" })
export type VendorReturn = z.infer<typeof VendorReturn>

export const VendorReturnResponse = z.object({ return: VendorReturn })
export type VendorReturnResponse = z.infer<typeof VendorReturnResponse>

export const VendorReturnListResponse = listResponse("returns", VendorReturn)
export type VendorReturnListResponse = z.infer<typeof VendorReturnListResponse>

/** What a receipt took in, and what it gave back (null: the order was never captured or nothing is left). */
export const VendorReceiveReturnResponse = VendorReturnResponse.extend({
  refund: z.object({ id: z.string(), amount: z.number() }).nullable(),
})
export type VendorReceiveReturnResponse = z.infer<
  typeof VendorReceiveReturnResponse
>
