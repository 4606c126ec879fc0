import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const deleteOrphanOrderStepId = "delete-orphan-order"

/**
 * Deletes an order a split checkout created and then abandoned before it linked it to
 * anything (its group, seller and cart links are written together, after the orders), with
 * any reservation of its lines: what the checkout's own compensation would have deleted.
 * Re-checks under the lock that the order is still linked to no group and no seller. No
 * compensation: the order was never part of a checkout anyone can see.
 */
export const deleteOrphanOrderStep = createStep(
  deleteOrphanOrderStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "order_group.id", "seller.id"],
      filters: { id: order_id },
    })
    const order = data[0] as unknown as
      | {
          items?: { id: string }[] | null
          order_group?: { id: string } | null
          seller?: { id: string } | null
        }
      | undefined
    if (!order || order.order_group || order.seller) {
      return new StepResponse(false)
    }
    const itemIds = (order.items ?? []).map((item) => item.id)
    if (itemIds.length) {
      await container
        .resolve(Modules.INVENTORY)
        .deleteReservationItemsByLineItem(itemIds)
    }
    await container
      .resolve(ContainerRegistrationKeys.LINK)
      .delete({ [Modules.ORDER]: { order_id } })
    await container.resolve(Modules.ORDER).deleteOrders([order_id])
    return new StepResponse(true)
  }
)
