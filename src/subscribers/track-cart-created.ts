import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  CartWorkflowEvents,
  ContainerRegistrationKeys,
} from "@medusajs/framework/utils"
import { buyerActor } from "../analytics/buyer-actor"
import { trackBuyerEvent } from "../analytics/track-buyer-event"

type QueriedCart = {
  id: string
  customer_id?: string | null
  currency_code: string
  region_id?: string | null
  customer?: { has_account?: boolean | null } | null
}

export default async function trackCartCreated({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const {
    data: [queried],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "region_id",
      "customer.has_account",
    ],
    filters: { id: data.id },
  })
  const cart = queried as unknown as QueriedCart | undefined
  if (!cart) {
    return
  }
  await trackBuyerEvent(container, {
    name: "cart_created",
    actor_id: buyerActor({
      customer_id: cart.customer_id,
      has_account: cart.customer?.has_account,
      cart_id: cart.id,
    }),
    properties: {
      cart_id: cart.id,
      customer_id: cart.customer_id ?? null,
      currency_code: cart.currency_code,
      region_id: cart.region_id ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: CartWorkflowEvents.CREATED,
  context: { subscriberId: "track-cart-created" },
}
