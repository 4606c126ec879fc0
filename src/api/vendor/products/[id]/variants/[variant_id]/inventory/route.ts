import type { MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { VendorInventoryLevelListResponse } from "../../../../../../../types/http"
import { setVariantStockWorkflow } from "../../../../../../../workflows/catalog/workflows/set-variant-stock"
import { listSellerLinkedIds } from "../../../../../../utils/seller-links"
import type { VendorRequest } from "../../../../../seller-context"
import { vendorInventoryLevelFields } from "../../../../query-config"
import type { VendorUpsertInventoryLevelType } from "../../../../validators"

type InventoryParams = { id: string; variant_id: string }

/** The variant's stock at the seller's own locations: `{ inventory_levels }`. */
async function listLevels(req: VendorRequest, params: InventoryParams) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({
    entity: "variant",
    fields: ["id", "product_id", "inventory_items.inventory_item_id"],
    filters: { id: params.variant_id, product_id: params.id },
  })
  const inventoryItems = (variant?.inventory_items ?? []) as ({
    inventory_item_id?: string
  } | null)[]
  const itemIds = inventoryItems.flatMap((item) =>
    item?.inventory_item_id ? [item.inventory_item_id] : []
  )
  const locations = await listSellerLinkedIds(
    req.scope,
    "stock_location",
    req.seller_context.seller_id
  )
  if (!variant) {
    return null
  }
  if (!itemIds.length || !locations.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: vendorInventoryLevelFields,
    filters: { inventory_item_id: itemIds, location_id: locations },
  })
  return data
}

/** Ownership of the product: the route's middlewares. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorInventoryLevelListResponse>
) => {
  const params = req.params as InventoryParams
  const levels = await listLevels(req, params)
  if (!levels) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Variant with id: ${params.variant_id} was not found`
    )
  }
  res.json({ inventory_levels: levels })
}

/** `{ location_id, stocked_quantity }` → the variant's levels after the change. */
export const POST = async (
  req: VendorRequest<VendorUpsertInventoryLevelType>,
  res: MedusaResponse<VendorInventoryLevelListResponse>
) => {
  const params = req.params as InventoryParams
  await setVariantStockWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      product_id: params.id,
      variant_id: params.variant_id,
      location_id: req.validatedBody.location_id,
      stocked_quantity: req.validatedBody.stocked_quantity,
    },
  })
  res.json({ inventory_levels: (await listLevels(req, params)) ?? [] })
}
