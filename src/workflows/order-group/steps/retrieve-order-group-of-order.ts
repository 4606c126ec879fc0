import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const retrieveOrderGroupOfOrderStepId = "retrieve-order-group-of-order"

/** The order group an order was placed in; an order outside any group has no payment to refund from. */
export const retrieveOrderGroupOfOrderStep = createStep(
  retrieveOrderGroupOfOrderStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "order_group.id"],
      filters: { id: order_id },
    })
    const groupId = (
      order as { order_group?: { id: string } | null } | undefined
    )?.order_group?.id
    if (!groupId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${order_id} was not paid through the marketplace checkout; nothing to refund`
      )
    }
    return new StepResponse(groupId)
  }
)
