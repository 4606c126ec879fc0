import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateOrderFulfillmentStepInput = {
  order_id: string
  fulfillment_id: string
}

export const validateOrderFulfillmentStepId = "validate-order-fulfillment"

/**
 * The fulfillment must be one of the order's: another order's fulfillment is a 404 like a
 * missing one (Medusa's own flows would answer 400 and name it).
 */
export const validateOrderFulfillmentStep = createStep(
  validateOrderFulfillmentStepId,
  async (input: ValidateOrderFulfillmentStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "fulfillments.id"],
      filters: { id: input.order_id },
    })
    const fulfillments = (order?.fulfillments ?? []) as ({
      id: string
    } | null)[]
    if (
      !fulfillments.some(
        (fulfillment) => fulfillment?.id === input.fulfillment_id
      )
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Fulfillment with id: ${input.fulfillment_id} was not found`
      )
    }
    return new StepResponse(void 0)
  }
)
