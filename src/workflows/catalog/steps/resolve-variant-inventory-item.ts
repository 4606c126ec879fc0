import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ResolveVariantInventoryItemStepInput = {
  product_id: string
  variant_id: string
  location_id: string
}

export type VariantInventoryItem = {
  inventory_item_id: string
  level_exists: boolean
}

export const resolveVariantInventoryItemStepId =
  "resolve-variant-inventory-item"

/** The variant's inventory item (the variant must belong to the product and manage inventory). */
export const resolveVariantInventoryItemStep = createStep(
  resolveVariantInventoryItemStepId,
  async (input: ResolveVariantInventoryItemStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "variant",
      fields: [
        "id",
        "product_id",
        "manage_inventory",
        "inventory_items.inventory_item_id",
      ],
      filters: { id: input.variant_id },
    })
    if (!variant || variant.product_id !== input.product_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant with id: ${input.variant_id} was not found`
      )
    }
    const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
    if (!variant.manage_inventory || !inventoryItemId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${input.variant_id} does not manage inventory`
      )
    }
    const {
      data: [level],
    } = await query.graph({
      entity: "inventory_level",
      fields: ["id"],
      filters: {
        inventory_item_id: inventoryItemId,
        location_id: input.location_id,
      },
    })
    const item: VariantInventoryItem = {
      inventory_item_id: inventoryItemId,
      level_exists: !!level,
    }
    return new StepResponse(item)
  }
)
