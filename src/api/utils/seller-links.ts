import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SellerOrderLink from "../../links/seller-order"
import SellerProductLink from "../../links/seller-product"
import SellerShippingOptionLink from "../../links/seller-shipping-option"
import SellerStockLocationLink from "../../links/seller-stock-location"

/**
 * Medusa entities a seller owns through a link (src/links). Each link table holds
 * `seller_id` and `<entity>_id`.
 */
export const SELLER_LINKS = {
  product: SellerProductLink,
  stock_location: SellerStockLocationLink,
  shipping_option: SellerShippingOptionLink,
  order: SellerOrderLink,
} as const
export type SellerLinkedEntity = keyof typeof SELLER_LINKS

/** The link table's column holding the entity's id: `product` → `product_id`. */
export function linkedIdColumn(entity: SellerLinkedEntity): string {
  return `${entity}_id`
}

/** Ids of the seller's entities of one kind (optionally only among `ids`), read through the link. */
export async function listSellerLinkedIds(
  scope: MedusaContainer,
  entity: SellerLinkedEntity,
  sellerId: string,
  ids?: string[]
): Promise<string[]> {
  if (ids && !ids.length) {
    return []
  }
  const column = linkedIdColumn(entity)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SELLER_LINKS[entity].entryPoint,
    fields: [column],
    filters: ids
      ? { seller_id: sellerId, [column]: ids }
      : { seller_id: sellerId },
  })
  return (data as Record<string, string>[]).map((row) => row[column])
}
