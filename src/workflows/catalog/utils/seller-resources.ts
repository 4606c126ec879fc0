import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import SellerOrderLink from "../../../links/seller-order"
import SellerProductLink from "../../../links/seller-product"
import SellerShippingOptionLink from "../../../links/seller-shipping-option"
import SellerStockLocationLink from "../../../links/seller-stock-location"

/** What a seller owns through a link, and the link's column holding the resource id. */
export const SELLER_RESOURCES = {
  product: { link: SellerProductLink, key: "product_id", label: "Product" },
  stock_location: {
    link: SellerStockLocationLink,
    key: "stock_location_id",
    label: "Stock location",
  },
  shipping_option: {
    link: SellerShippingOptionLink,
    key: "shipping_option_id",
    label: "Shipping option",
  },
  order: { link: SellerOrderLink, key: "order_id", label: "Order" },
} as const
export type SellerResource = keyof typeof SELLER_RESOURCES

/**
 * Ids of the seller's resources of one kind, through the seller link (optionally only
 * among `ids`). Ownership is always decided here, never by a client-supplied seller id.
 */
export async function listSellerResourceIds(
  scope: MedusaContainer,
  resource: SellerResource,
  sellerId: string,
  ids?: string[]
): Promise<string[]> {
  const { link, key } = SELLER_RESOURCES[resource]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { seller_id: sellerId }
  if (ids) {
    if (!ids.length) {
      return []
    }
    filters[key] = ids
  }
  const { data } = await query.graph({
    entity: link.entryPoint,
    fields: [key],
    filters,
  })
  return (data as Record<string, string>[]).map((row) => row[key])
}

/** 404 (never 403: another seller's id must not be distinguishable from a missing one). */
export async function assertSellerOwns(
  scope: MedusaContainer,
  resource: SellerResource,
  sellerId: string,
  ids: string[]
): Promise<void> {
  const unique = [...new Set(ids)]
  const owned = new Set(
    await listSellerResourceIds(scope, resource, sellerId, unique)
  )
  const missing = unique.find((id) => !owned.has(id))
  if (missing) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${SELLER_RESOURCES[resource].label} with id: ${missing} was not found`
    )
  }
}
