import { MathBN, Modules } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  CartItemsAddedData,
  MarketplaceCartEvents,
} from "../cart/utils/marketplace-cart-events"

/**
 * Medusa's add-to-cart workflow emits only `cart.updated`, which every cart change emits.
 * Its `validate` hook sees the items being added: they are announced as
 * `cart.items_added` in the workflow's event group, which Medusa releases only when the
 * workflow succeeds (and drops when it fails), so analytics never counts a refused item.
 */
addToCartWorkflow.hooks.validate(
  async ({ input, cart }, { container, eventGroupId }) => {
    const items = (input.items ?? []).flatMap((item) =>
      item.variant_id
        ? [
            {
              variant_id: item.variant_id,
              quantity: MathBN.convert(item.quantity).toNumber(),
            },
          ]
        : []
    )
    if (!items.length) {
      return
    }
    const data: CartItemsAddedData = {
      cart_id: cart.id,
      customer_id:
        (cart as { customer?: { id?: string } | null }).customer?.id ?? null,
      items,
    }
    await container.resolve(Modules.EVENT_BUS).emit({
      name: MarketplaceCartEvents.ITEMS_ADDED,
      data,
      metadata: eventGroupId ? { eventGroupId } : undefined,
    })
  }
)
