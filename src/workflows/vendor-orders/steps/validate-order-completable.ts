import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateOrderCompletableStepId = "validate-order-completable"

/**
 * A canceled order cannot be completed (Medusa's rule); a completed one is not completed
 * twice, so `order.completed` is emitted once per order.
 */
export const validateOrderCompletableStep = createStep(
  validateOrderCompletableStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const order = await container
      .resolve(Modules.ORDER)
      .retrieveOrder(order_id, { select: ["id", "status"] })
    if (order.status === "canceled" || order.status === "completed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${order_id} is ${order.status} and cannot be completed`
      )
    }
    return new StepResponse(void 0)
  }
)
