import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateReturnStockLevelsStepInput = {
  order_id: string
  location_id: string
  item_ids: string[]
}

export const validateReturnStockLevelsStepId = "validate-return-stock-levels"

/**
 * Received items go back into stock at the return's location, so every item whose variant
 * manages inventory needs a stock level there (Medusa would fail the receipt without one).
 */
export const validateReturnStockLevelsStep = createStep(
  validateReturnStockLevelsStepId,
  async (input: ValidateReturnStockLevelsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.variant_id",
        "items.variant.manage_inventory",
        "items.variant.inventory_items.inventory_item_id",
      ],
      filters: { id: input.order_id },
    })
    type Item = {
      id: string
      variant_id?: string | null
      variant?: {
        manage_inventory?: boolean
        inventory_items?: ({ inventory_item_id: string } | null)[]
      } | null
    } | null
    const wanted = new Set(input.item_ids)
    const managed = ((order?.items ?? []) as Item[]).filter(
      (item): item is NonNullable<Item> =>
        !!item && wanted.has(item.id) && !!item.variant?.manage_inventory
    )
    const inventoryItemIds = managed.flatMap((item) =>
      (item.variant?.inventory_items ?? []).flatMap((link) =>
        link ? [link.inventory_item_id] : []
      )
    )
    if (!inventoryItemIds.length) {
      return new StepResponse(void 0)
    }
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["inventory_item_id"],
      filters: {
        inventory_item_id: inventoryItemIds,
        location_id: input.location_id,
      },
    })
    const stocked = new Set(levels.map((level) => level.inventory_item_id))
    const missing = managed.find((item) =>
      (item.variant?.inventory_items ?? []).some(
        (link) => link && !stocked.has(link.inventory_item_id)
      )
    )
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Variant ${missing.variant_id} has no stock level at location ${input.location_id}; set its stock there before receiving the return`
      )
    }
    return new StepResponse(void 0)
  }
)
