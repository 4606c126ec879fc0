import { z } from "@medusajs/framework/zod"
import { listResponse, Timestamp } from "./common"

/** One checkout split into one order per seller, with the customer's single payment. */
export const AdminOrderGroup = z
  .object({
    id: z.string(),
    cart_id: z.string(),
    customer_id: z.string().nullable(),
    currency_code: z.string(),
    subtotal: z.number(),
    tax_total: z.number(),
    shipping_total: z.number(),
    discount_total: z.number(),
    total: z.number(),
    created_at: Timestamp,
    orders: z.array(
      z.object({
        id: z.string(),
        display_id: z.number().int(),
        status: z.string(),
        /** Computed by Medusa's order module; Query leaves it out when it reads orders through the group's link. */
        payment_status: z.string().optional(),
        currency_code: z.string(),
        total: z.number(),
        email: z.string().nullable(),
        seller: z.object({ id: z.string(), name: z.string() }).nullable(),
      })
    ),
    payment_collection: z
      .object({
        id: z.string(),
        status: z.string(),
        amount: z.number(),
        captured_amount: z.number().nullable(),
        refunded_amount: z.number().nullable(),
      })
      .nullable(),
  })
  .meta({ id: "AdminOrderGroup" })
export type AdminOrderGroup = z.infer<typeof AdminOrderGroup>

/** An order group in the admin's list: who bought, from which sellers, and the payment's state. */
export const AdminOrderGroupSummary = AdminOrderGroup.pick({
  id: true,
  customer_id: true,
  currency_code: true,
  total: true,
  created_at: true,
})
  .extend({
    orders: z.array(
      z.object({
        id: z.string(),
        display_id: z.number().int(),
        email: z.string().nullable(),
        seller: z.object({ id: z.string(), name: z.string() }).nullable(),
      })
    ),
    payment_collection: z
      .object({ id: z.string(), status: z.string() })
      .nullable(),
  })
  .meta({ id: "AdminOrderGroupSummary" })
export type AdminOrderGroupSummary = z.infer<typeof AdminOrderGroupSummary>

export const AdminOrderGroupListResponse = listResponse(
  "order_groups",
  AdminOrderGroupSummary
)
export type AdminOrderGroupListResponse = z.infer<
  typeof AdminOrderGroupListResponse
>

export const AdminOrderGroupResponse = z.object({
  order_group: AdminOrderGroup,
})
export type AdminOrderGroupResponse = z.infer<typeof AdminOrderGroupResponse>

export const AdminRefundOrderGroupResponse = z.object({
  refund: z.object({
    id: z.string(),
    order_id: z.string(),
    amount: z.number(),
  }),
  order_group: AdminOrderGroup,
})
export type AdminRefundOrderGroupResponse = z.infer<
  typeof AdminRefundOrderGroupResponse
>

/** The split checkout's answer: the group and each seller's order. */
export const StoreOrderGroup = z
  .object({
    id: z.string(),
    orders: z.array(
      z.object({
        id: z.string(),
        display_id: z.number().int(),
        seller_id: z.string().nullable(),
        currency_code: z.string(),
        total: z.number(),
        items: z.array(
          z.looseObject({
            id: z.string(),
            title: z.string(),
            variant_id: z.string().nullable(),
            quantity: z.number(),
            unit_price: z.number(),
          })
        ),
      })
    ),
  })
  .meta({ id: "StoreOrderGroup" })
export type StoreOrderGroup = z.infer<typeof StoreOrderGroup>

export const StoreCompleteCartOrderGroupResponse = z.object({
  type: z.literal("order_group"),
  order_group: StoreOrderGroup,
})

/** A cart that could not complete: Medusa's cart (200 for payment errors, 400 for cart errors). */
export const StoreCompleteCartErrorResponse = z.object({
  type: z.literal("cart"),
  cart: z.looseObject({ id: z.string() }),
  error: z.object({
    message: z.string().optional(),
    name: z.string().optional(),
    type: z.string(),
  }),
})

export const StoreCompleteCartResponse = z.discriminatedUnion("type", [
  StoreCompleteCartOrderGroupResponse,
  StoreCompleteCartErrorResponse,
])
export type StoreCompleteCartResponse = z.infer<
  typeof StoreCompleteCartResponse
>

/** A checkout as its customer (or the guest who completed the cart) reads it: one order per seller. */
export const StoreCustomerOrderGroup = z
  .object({
    id: z.string(),
    currency_code: z.string(),
    subtotal: z.number(),
    tax_total: z.number(),
    shipping_total: z.number(),
    discount_total: z.number(),
    total: z.number(),
    created_at: Timestamp,
    orders: z.array(
      z.object({
        id: z.string(),
        display_id: z.number().int(),
        status: z.string(),
        email: z.string().nullable(),
        currency_code: z.string(),
        subtotal: z.number(),
        tax_total: z.number(),
        shipping_total: z.number(),
        discount_total: z.number(),
        total: z.number(),
        created_at: Timestamp,
        seller: z
          .object({ id: z.string(), name: z.string(), handle: z.string() })
          .nullable(),
        items: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            subtitle: z.string().nullable(),
            thumbnail: z.string().nullable(),
            product_id: z.string().nullable(),
            product_title: z.string().nullable(),
            variant_id: z.string().nullable(),
            variant_title: z.string().nullable(),
            variant_sku: z.string().nullable(),
            quantity: z.number(),
            unit_price: z.number(),
            subtotal: z.number(),
            tax_total: z.number(),
            discount_total: z.number(),
            total: z.number(),
          })
        ),
        shipping_methods: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            amount: z.number(),
            total: z.number(),
          })
        ),
        shipping_address: z
          .object({
            first_name: z.string().nullable(),
            last_name: z.string().nullable(),
            company: z.string().nullable(),
            address_1: z.string().nullable(),
            address_2: z.string().nullable(),
            city: z.string().nullable(),
            postal_code: z.string().nullable(),
            province: z.string().nullable(),
            country_code: z.string().nullable(),
          })
          .nullable(),
      })
    ),
  })
  .meta({ id: "StoreCustomerOrderGroup" })
export type StoreCustomerOrderGroup = z.infer<typeof StoreCustomerOrderGroup>

export const StoreOrderGroupResponse = z.object({
  order_group: StoreCustomerOrderGroup,
})
export type StoreOrderGroupResponse = z.infer<typeof StoreOrderGroupResponse>

export const StoreOrderGroupListResponse = listResponse(
  "order_groups",
  StoreCustomerOrderGroup
)
export type StoreOrderGroupListResponse = z.infer<
  typeof StoreOrderGroupListResponse
>
