import type {
  CreateOrderDTO,
  CreateOrderLineItemDTO,
} from "@medusajs/framework/types"
import { OrderStatus } from "@medusajs/framework/utils"
import type {
  CheckoutAddress,
  CheckoutAdjustment,
  CheckoutCart,
  CheckoutLineItem,
  CheckoutShippingMethod,
  CheckoutTaxLine,
} from "../types"

/** One seller's share of a cart: the order to create for it. */
export type SellerOrderInput = { seller_id: string; order: CreateOrderDTO }

/** Fields Medusa's complete-cart copies that CreateOrderLineItemDTO does not declare. */
type OrderLineItemInput = CreateOrderLineItemDTO & {
  product_type_id?: string
  is_giftcard?: boolean
  is_custom_price?: boolean
}

/**
 * Splits a validated cart into one order per seller, in the order the sellers first
 * appear among the items. Each order gets exactly its seller's items (with their tax
 * lines and adjustments) and its seller's shipping method; amounts are copied, never
 * prorated, so the orders' totals add up to the cart's (docs/checkout.md).
 */
export function prepareSellerOrders(cart: CheckoutCart): SellerOrderInput[] {
  const itemsBySeller = new Map<string, CheckoutLineItem[]>()
  for (const item of cart.items ?? []) {
    const sellerId = item.product?.seller?.id
    if (!sellerId) {
      // validateCartSellersStep ran before; an item without a seller cannot reach here.
      throw new Error(`Item ${item.id} has no seller`)
    }
    itemsBySeller.set(sellerId, [...(itemsBySeller.get(sellerId) ?? []), item])
  }

  return [...itemsBySeller.entries()].map(([sellerId, items]) => {
    const shippingMethods = (cart.shipping_methods ?? []).filter(
      (method) => method.shipping_option?.seller?.id === sellerId
    )
    const order: CreateOrderDTO = {
      region_id: cart.region_id ?? undefined,
      customer_id: cart.customer_id ?? undefined,
      sales_channel_id: cart.sales_channel_id ?? undefined,
      status: OrderStatus.PENDING,
      email: cart.email ?? undefined,
      currency_code: cart.currency_code,
      locale: cart.locale ?? null,
      shipping_address: withoutId(cart.shipping_address),
      billing_address: withoutId(cart.billing_address),
      no_notification: false,
      items: items.map(toOrderLineItem),
      shipping_methods: shippingMethods.map(toOrderShippingMethod),
      metadata: cart.metadata ?? null,
      promo_codes: promoCodes(items, shippingMethods),
    }
    return { seller_id: sellerId, order }
  })
}

function toOrderLineItem(item: CheckoutLineItem): OrderLineItemInput {
  return {
    quantity: item.quantity,
    title: item.title,
    subtitle: item.subtitle ?? undefined,
    thumbnail: item.thumbnail ?? undefined,
    product_id: item.product_id ?? undefined,
    product_title: item.product_title ?? undefined,
    product_description: item.product_description ?? undefined,
    product_subtitle: item.product_subtitle ?? undefined,
    product_type: item.product_type ?? undefined,
    product_type_id: item.product_type_id ?? undefined,
    product_collection: item.product_collection ?? undefined,
    product_handle: item.product_handle ?? undefined,
    variant_id: item.variant_id ?? undefined,
    variant_sku: item.variant_sku ?? undefined,
    variant_barcode: item.variant_barcode ?? undefined,
    variant_title: item.variant_title ?? undefined,
    variant_option_values: item.variant_option_values ?? undefined,
    is_discountable: item.is_discountable ?? undefined,
    is_giftcard: item.is_giftcard ?? false,
    is_custom_price: item.is_custom_price ?? undefined,
    requires_shipping: item.requires_shipping ?? undefined,
    unit_price: item.unit_price,
    compare_at_unit_price: item.compare_at_unit_price ?? undefined,
    is_tax_inclusive: !!item.is_tax_inclusive,
    metadata: item.metadata ?? {},
    tax_lines: toTaxLines(item.tax_lines),
    adjustments: toAdjustments(item.adjustments),
  }
}

function toOrderShippingMethod(method: CheckoutShippingMethod) {
  return {
    name: method.name,
    description: method.description ?? undefined,
    amount: method.raw_amount ?? method.amount,
    is_tax_inclusive: !!method.is_tax_inclusive,
    shipping_option_id: method.shipping_option_id ?? undefined,
    data: method.data ?? undefined,
    metadata: method.metadata ?? undefined,
    tax_lines: toTaxLines(method.tax_lines),
    adjustments: toAdjustments(method.adjustments),
  }
}

function toTaxLines(lines: CheckoutTaxLine[] | null | undefined) {
  return (lines ?? []).map((line) => ({
    description: line.description ?? undefined,
    tax_rate_id: line.tax_rate_id ?? undefined,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id ?? undefined,
    metadata: line.metadata ?? null,
  }))
}

function toAdjustments(adjustments: CheckoutAdjustment[] | null | undefined) {
  return (adjustments ?? []).map((adjustment) => ({
    code: adjustment.code ?? undefined,
    amount: adjustment.amount,
    description: adjustment.description ?? undefined,
    promotion_id: adjustment.promotion_id ?? undefined,
    provider_id: adjustment.provider_id ?? undefined,
    is_tax_inclusive: adjustment.is_tax_inclusive ?? undefined,
  }))
}

function promoCodes(
  items: CheckoutLineItem[],
  methods: CheckoutShippingMethod[]
): string[] {
  const adjustments = [...items, ...methods].flatMap(
    (line) => line.adjustments ?? []
  )
  return [
    ...new Set(
      adjustments.map((adjustment) => adjustment.code).filter(isString)
    ),
  ]
}

function withoutId(address: CheckoutAddress | null | undefined) {
  if (!address) {
    return undefined
  }
  const {
    id: _id,
    created_at: _c,
    updated_at: _u,
    deleted_at: _d,
    ...rest
  } = address
  return rest
}

function isString(value: string | null | undefined): value is string {
  return typeof value === "string" && value.length > 0
}
