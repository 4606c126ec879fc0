import { OrderStatus } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { CommissionLine } from "./commission"
import { JsonObject, listResponse, Timestamp } from "./common"
import { SellerSummary } from "./sellers"

/** An order line, shipping address or shipping method: Medusa's own shapes. */
const LineItem = z.looseObject({
  id: z.string(),
  title: z.string(),
  quantity: z.number(),
  unit_price: z.number(),
})
const Address = z.looseObject({
  id: z.string(),
  country_code: z.string().nullable(),
})
const ShippingMethod = z.looseObject({
  id: z.string(),
  name: z.string(),
  amount: z.number(),
})

export const VendorOrderSummary = z
  .object({
    id: z.string(),
    display_id: z.number().int(),
    status: z.enum(OrderStatus),
    email: z.string().nullable(),
    currency_code: z.string(),
    total: z.number(),
    subtotal: z.number(),
    tax_total: z.number(),
    shipping_total: z.number(),
    discount_total: z.number(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "VendorOrderSummary" })
export type VendorOrderSummary = z.infer<typeof VendorOrderSummary>

export const VendorFulfillment = z
  .object({
    id: z.string(),
    location_id: z.string(),
    packed_at: Timestamp.nullable(),
    shipped_at: Timestamp.nullable(),
    delivered_at: Timestamp.nullable(),
    canceled_at: Timestamp.nullable(),
    created_at: Timestamp,
    items: z.array(
      z.object({ line_item_id: z.string().nullable(), quantity: z.number() })
    ),
    labels: z.array(
      z.object({ tracking_number: z.string(), tracking_url: z.string() })
    ),
  })
  .meta({ id: "VendorFulfillment" })
export type VendorFulfillment = z.infer<typeof VendorFulfillment>

/** One of the seller's orders with its lines, shipping and fulfilments. */
export const VendorOrder = VendorOrderSummary.extend({
  region_id: z.string().nullable(),
  customer_id: z.string().nullable(),
  item_total: z.number(),
  canceled_at: Timestamp.nullable(),
  metadata: JsonObject.nullable(),
  items: z.array(LineItem),
  shipping_address: Address.nullable(),
  shipping_methods: z.array(ShippingMethod),
  fulfillments: z.array(VendorFulfillment),
}).meta({ id: "VendorOrder" })
export type VendorOrder = z.infer<typeof VendorOrder>

export const VendorOrderListResponse = listResponse(
  "orders",
  VendorOrderSummary
)
export type VendorOrderListResponse = z.infer<typeof VendorOrderListResponse>

/** `GET /vendor/orders/:id` adds the commission the marketplace charges on the order. */
export const VendorOrderWithCommissionResponse = z.object({
  order: VendorOrder.extend({ commission_lines: z.array(CommissionLine) }),
})
export type VendorOrderWithCommissionResponse = z.infer<
  typeof VendorOrderWithCommissionResponse
>

export const VendorOrderResponse = z.object({ order: VendorOrder })
export type VendorOrderResponse = z.infer<typeof VendorOrderResponse>

export const VendorCreateFulfillmentResponse = VendorOrderResponse.extend({
  fulfillment_id: z.string(),
})
export type VendorCreateFulfillmentResponse = z.infer<
  typeof VendorCreateFulfillmentResponse
>

/** A seller's order in the admin's seller page (Medusa's order page has the rest). */
export const AdminSellerOrder = z
  .object({
    id: z.string(),
    display_id: z.number().int(),
    status: z.enum(OrderStatus),
    /** Computed by Medusa's order module from the order's own payments and fulfilments. */
    payment_status: z.string().optional(),
    fulfillment_status: z.string().optional(),
    email: z.string().nullable(),
    currency_code: z.string(),
    total: z.number(),
    created_at: Timestamp,
  })
  .meta({ id: "AdminSellerOrder" })
export type AdminSellerOrder = z.infer<typeof AdminSellerOrder>

export const AdminSellerOrderListResponse = listResponse(
  "orders",
  AdminSellerOrder
)
export type AdminSellerOrderListResponse = z.infer<
  typeof AdminSellerOrderListResponse
>

/** `GET /admin/orders/:id/marketplace`: the order's seller, its order group and its commission lines. */
export const AdminOrderMarketplaceResponse = z.object({
  seller: SellerSummary.nullable(),
  order_group: z
    .object({
      id: z.string(),
      total: z.number(),
      currency_code: z.string(),
      created_at: Timestamp,
    })
    .nullable(),
  commission_lines: z.array(CommissionLine),
})
export type AdminOrderMarketplaceResponse = z.infer<
  typeof AdminOrderMarketplaceResponse
>
/** A goodwill refund of the order, out of the group payment. */
export const VendorRefundOrderResponse = VendorOrderResponse.extend({
  refund: z.object({
    id: z.string(),
    order_id: z.string(),
    amount: z.number(),
  }),
})
export type VendorRefundOrderResponse = z.infer<
  typeof VendorRefundOrderResponse
>
