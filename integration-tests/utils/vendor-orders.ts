import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createOrderWorkflow,
  createReservationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../src/modules/seller"
import { SHIPPING_ADDRESS, Storefront } from "./marketplace-builder"
import type { SellerCatalog } from "./vendor-catalog"

/**
 * One seller's order as the split checkout leaves it: an order with the seller's items
 * and shipping method (Medusa's createOrderWorkflow), stock reservations per line item,
 * and the seller↔order link.
 */
export async function placeSellerOrder(
  container: MedusaContainer,
  storefront: Storefront,
  sellerId: string,
  catalog: SellerCatalog,
  options: { quantity?: number; email?: string; customer_id?: string } = {}
): Promise<{ id: string; itemIds: string[] }> {
  const quantity = options.quantity ?? 1
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: storefront.regionId,
      sales_channel_id: storefront.salesChannelId,
      email: options.email ?? "ada@example.test",
      ...(options.customer_id ? { customer_id: options.customer_id } : {}),
      shipping_address: SHIPPING_ADDRESS,
      billing_address: SHIPPING_ADDRESS,
      items: catalog.variantIds.map((variant_id, index) => ({
        variant_id,
        quantity,
        title: `Item ${index + 1}`,
        unit_price: catalog.prices[index],
      })),
      shipping_methods: [
        {
          name: "Standard",
          amount: 5,
          shipping_option_id: catalog.shippingOptionId,
        },
      ],
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [withItems],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.variant.inventory_items.inventory_item_id",
    ],
    filters: { id: order.id },
  })
  type Item = {
    id: string
    variant: { inventory_items: { inventory_item_id: string }[] }
  }
  const items = ((withItems.items ?? []) as (Item | null)[]).flatMap((item) =>
    item ? [item] : []
  )
  await createReservationsWorkflow(container).run({
    input: {
      reservations: items.map((item) => ({
        line_item_id: item.id,
        inventory_item_id: item.variant.inventory_items[0].inventory_item_id,
        location_id: catalog.stockLocationId,
        quantity,
      })),
    },
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [SELLER_MODULE]: { seller_id: sellerId },
    [Modules.ORDER]: { order_id: order.id },
  })
  return { id: order.id, itemIds: items.map((item) => item.id) }
}

/** Reserved quantity of a variant's inventory item at a location. */
export async function reservedQuantity(
  container: MedusaContainer,
  inventoryItemId: string,
  locationId: string
): Promise<number> {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({
      inventory_item_id: inventoryItemId,
      location_id: locationId,
    })
  return Number(level?.reserved_quantity ?? 0)
}
