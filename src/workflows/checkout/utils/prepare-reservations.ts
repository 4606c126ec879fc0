import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { CheckoutCart, CheckoutLocationLevel } from "../types"

export type ReservationInput = {
  id: string
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
  quantity: BigNumberInput
  location_ids: string[]
}

type OrderItem = {
  id: string
  variant_id?: string | null
  quantity: BigNumberInput
}

/**
 * One reservation input per order line and inventory item of a managed variant, for
 * Medusa's reserveInventoryStep. The location is one of the cart's sales channel's
 * locations holding the item (a seller's items are stocked in its own locations),
 * preferring one with enough available stock. When none has enough, the reservation
 * fails with Medusa's "Not enough stock" error and the checkout is compensated.
 */
export function prepareReservations(
  cart: CheckoutCart,
  orderItems: OrderItem[]
): ReservationInput[] {
  const variants = new Map(
    (cart.items ?? []).map((item) => [item.variant_id, item.variant])
  )
  const reservations: ReservationInput[] = []
  for (const item of orderItems) {
    const variant = variants.get(item.variant_id)
    if (!variant?.manage_inventory) {
      continue
    }
    const inventoryItems = variant.inventory_items ?? []
    if (!inventoryItems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${variant.id} does not have any inventory items associated with it.`
      )
    }
    for (const inventoryItem of inventoryItems) {
      const needed = MathBN.mult(inventoryItem.required_quantity, item.quantity)
      const levels = (inventoryItem.inventory?.location_levels ?? []).filter(
        (level) => inSalesChannel(level, cart.sales_channel_id)
      )
      if (!levels.length && !variant.allow_backorder) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Sales channel ${cart.sales_channel_id} is not associated with any stock location for variant ${variant.id}.`
        )
      }
      const available = levels.filter((level) =>
        MathBN.gte(
          MathBN.sub(level.stocked_quantity, level.reserved_quantity),
          needed
        )
      )
      reservations.push({
        id: item.id,
        inventory_item_id: inventoryItem.inventory_item_id,
        required_quantity: inventoryItem.required_quantity,
        allow_backorder: variant.allow_backorder,
        quantity: item.quantity,
        location_ids: (available.length ? available : levels).map(
          (level) => level.location_id
        ),
      })
    }
  }
  return reservations
}

function inSalesChannel(
  level: CheckoutLocationLevel,
  salesChannelId: string | null | undefined
) {
  if (!salesChannelId) {
    return true
  }
  return !!level.stock_locations?.some((location) =>
    location.sales_channels?.some((channel) => channel.id === salesChannelId)
  )
}
