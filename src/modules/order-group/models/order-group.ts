import { model } from "@medusajs/framework/utils"

/**
 * One customer checkout split into one order per seller. The orders and the
 * customer's single payment collection are attached through links
 * (src/links/order-group-*.ts). `cart_id` is unique: a cart completes into at most one group.
 */
export const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    cart_id: model.text().unique(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    /** The cart's totals at completion; the orders' own totals sum to `total` (docs/checkout.md). */
    subtotal: model.bigNumber(),
    tax_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    discount_total: model.bigNumber(),
    total: model.bigNumber(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id"] }])
