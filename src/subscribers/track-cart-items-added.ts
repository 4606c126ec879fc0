import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buyerActor } from "../analytics/buyer-actor"
import { trackBuyerEvent } from "../analytics/track-buyer-event"
import {
  CartItemsAddedData,
  MarketplaceCartEvents,
} from "../workflows/cart/utils/marketplace-cart-events"

type QueriedVariant = {
  id: string
  product_id?: string | null
  product?: { seller?: { id: string } | null } | null
}

/** `cart_item_added` per item, grouped under the seller of the item's product. */
export default async function trackCartItemsAdded({
  event: { data },
  container,
}: SubscriberArgs<CartItemsAddedData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: customers }] = await Promise.all([
    query.graph({
      entity: "variant",
      fields: ["id", "product_id", "product.seller.id"],
      filters: { id: data.items.map((item) => item.variant_id) },
    }),
    data.customer_id
      ? query.graph({
          entity: "customer",
          fields: ["has_account"],
          filters: { id: data.customer_id },
        })
      : Promise.resolve({ data: [] as { has_account?: boolean | null }[] }),
  ])
  const byId = new Map(
    (variants as unknown as QueriedVariant[]).map((variant) => [
      variant.id,
      variant,
    ])
  )
  const actor_id = buyerActor({
    customer_id: data.customer_id,
    has_account: customers[0]?.has_account,
    cart_id: data.cart_id,
  })
  for (const item of data.items) {
    const variant = byId.get(item.variant_id)
    await trackBuyerEvent(container, {
      name: "cart_item_added",
      actor_id,
      seller_id: variant?.product?.seller?.id,
      properties: {
        cart_id: data.cart_id,
        customer_id: data.customer_id,
        variant_id: item.variant_id,
        product_id: variant?.product_id ?? null,
        seller_id: variant?.product?.seller?.id ?? null,
        quantity: item.quantity,
      },
    })
  }
}

export const config: SubscriberConfig = {
  event: MarketplaceCartEvents.ITEMS_ADDED,
  context: { subscriberId: "track-cart-items-added" },
}
