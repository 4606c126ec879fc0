import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VariantStockLevel = {
  location_id: string
  stocked_quantity: number
}

type Level = {
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
}

export const resolveVariantStockLevelsStepId = "resolve-variant-stock-levels"

/**
 * The stock changes for a variant at some locations, as Medusa's
 * batchInventoryItemLevelsWorkflow takes them: levels that exist are updated, the others
 * created. The variant must manage inventory (400 otherwise).
 */
export const resolveVariantStockLevelsStep = createStep(
  resolveVariantStockLevelsStepId,
  async (
    { variant_id, levels }: { variant_id: string; levels: VariantStockLevel[] },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
      filters: { id: variant_id },
    })
    const inventoryItemId = variant?.inventory_items?.[0]?.inventory_item_id
    if (!variant?.manage_inventory || !inventoryItemId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${variant_id} does not manage inventory`
      )
    }
    const { data: existing } = await query.graph({
      entity: "inventory_level",
      fields: ["location_id"],
      filters: {
        inventory_item_id: inventoryItemId,
        location_id: levels.map((level) => level.location_id),
      },
    })
    const present = new Set(existing.map((level) => level.location_id))
    const create: Level[] = []
    const update: Level[] = []
    for (const level of levels) {
      const change = { inventory_item_id: inventoryItemId, ...level }
      ;(present.has(level.location_id) ? update : create).push(change)
    }
    return new StepResponse({ create, update })
  }
)
