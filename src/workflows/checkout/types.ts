import type { BigNumberInput } from "@medusajs/framework/types"

export type CheckoutSeller = { id: string; name: string; status: string }

export type CheckoutTaxLine = {
  description?: string | null
  tax_rate_id?: string | null
  code: string
  rate: BigNumberInput
  provider_id?: string | null
  metadata?: Record<string, unknown> | null
}

export type CheckoutAdjustment = {
  code?: string | null
  amount: BigNumberInput
  description?: string | null
  promotion_id?: string | null
  provider_id?: string | null
  is_tax_inclusive?: boolean | null
}

export type CheckoutLocationLevel = {
  location_id: string
  stocked_quantity: BigNumberInput
  reserved_quantity: BigNumberInput
  stock_locations?: { sales_channels?: { id: string }[] | null }[] | null
}

export type CheckoutVariant = {
  id: string
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_items?:
    | {
        inventory_item_id: string
        required_quantity: number
        inventory?: { location_levels?: CheckoutLocationLevel[] | null } | null
      }[]
    | null
}

export type CheckoutLineItem = {
  id: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  quantity: BigNumberInput
  product_id?: string | null
  product_title?: string | null
  product_description?: string | null
  product_subtitle?: string | null
  product_type?: string | null
  product_type_id?: string | null
  product_collection?: string | null
  product_handle?: string | null
  variant_id?: string | null
  variant_sku?: string | null
  variant_barcode?: string | null
  variant_title?: string | null
  variant_option_values?: Record<string, unknown> | null
  requires_shipping?: boolean | null
  is_discountable?: boolean | null
  is_giftcard?: boolean | null
  is_tax_inclusive?: boolean | null
  is_custom_price?: boolean | null
  compare_at_unit_price?: BigNumberInput | null
  unit_price: BigNumberInput
  metadata?: Record<string, unknown> | null
  tax_lines?: CheckoutTaxLine[] | null
  adjustments?: CheckoutAdjustment[] | null
  product?: { seller?: CheckoutSeller | null } | null
  variant?: CheckoutVariant | null
}

export type CheckoutShippingMethod = {
  id: string
  name: string
  description?: string | null
  amount: BigNumberInput
  raw_amount?: BigNumberInput | null
  is_tax_inclusive?: boolean | null
  shipping_option_id?: string | null
  data?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  tax_lines?: CheckoutTaxLine[] | null
  adjustments?: CheckoutAdjustment[] | null
  shipping_option?: { seller?: { id: string } | null } | null
}

export type CheckoutAddress = Record<string, unknown> & { id?: string }

export type CheckoutCart = {
  id: string
  email?: string | null
  currency_code: string
  locale?: string | null
  metadata?: Record<string, unknown> | null
  completed_at?: Date | string | null
  region_id?: string | null
  customer_id?: string | null
  sales_channel_id?: string | null
  total: BigNumberInput
  subtotal: BigNumberInput
  tax_total: BigNumberInput
  discount_total: BigNumberInput
  shipping_total: BigNumberInput
  credit_line_total?: BigNumberInput | null
  items?: CheckoutLineItem[] | null
  shipping_methods?: CheckoutShippingMethod[] | null
  shipping_address?: CheckoutAddress | null
  billing_address?: CheckoutAddress | null
  credit_lines?: { id: string }[] | null
  promotions?: { id: string; code?: string | null }[] | null
  payment_collection?: {
    id: string
    payment_sessions?:
      { id: string; status: string; provider_id: string }[] | null
  } | null
}
