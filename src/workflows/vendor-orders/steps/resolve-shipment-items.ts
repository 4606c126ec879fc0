import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ResolveShipmentItemsStepInput = {
  order_id: string
  fulfillment_id: string
  items?: { id: string; quantity: number }[]
}

export const resolveShipmentItemsStepId = "resolve-shipment-items"

/**
 * The items to mark shipped: the given ones, or every item of the fulfillment. The
 * fulfillment must belong to the order (another order's fulfillment is a 404).
 */
export const resolveShipmentItemsStep = createStep(
  resolveShipmentItemsStepId,
  async (input: ResolveShipmentItemsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "fulfillments.id",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
      ],
      filters: { id: input.order_id },
    })
    type Fulfillment = {
      id: string
      items?: ({ line_item_id?: string; quantity: unknown } | null)[]
    } | null
    const fulfillment = ((order?.fulfillments ?? []) as Fulfillment[]).find(
      (candidate) => candidate?.id === input.fulfillment_id
    )
    if (!fulfillment) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Fulfillment with id: ${input.fulfillment_id} was not found`
      )
    }
    if (input.items?.length) {
      return new StepResponse(input.items)
    }
    const quantities = new Map<string, number>()
    for (const item of fulfillment.items ?? []) {
      if (item?.line_item_id) {
        quantities.set(
          item.line_item_id,
          (quantities.get(item.line_item_id) ?? 0) + Number(item.quantity)
        )
      }
    }
    return new StepResponse(
      [...quantities].map(([id, quantity]) => ({ id, quantity }))
    )
  }
)
