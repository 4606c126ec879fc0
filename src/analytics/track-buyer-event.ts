import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** A buyer-side analytics event: the buyer as actor, the seller (when there is one) as group. */
export async function trackBuyerEvent(
  container: MedusaContainer,
  event: {
    name: string
    actor_id: string
    seller_id?: string | null
    properties: Record<string, unknown>
  }
): Promise<void> {
  await container.resolve(Modules.ANALYTICS).track({
    event: event.name,
    actor_id: event.actor_id,
    ...(event.seller_id
      ? { group: { type: "seller", id: event.seller_id } }
      : {}),
    properties: event.properties,
  })
}
