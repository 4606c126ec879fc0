import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ORDER_GROUP_MODULE,
  OrderGroupModuleService,
} from "../../../modules/order-group"

export type RetrieveOrderGroupOfCartStepInput = { cart_id: string }

export const retrieveOrderGroupOfCartStepId = "retrieve-order-group-of-cart"

/** The id of the order group a cart already completed into, or null (the idempotency check). */
export const retrieveOrderGroupOfCartStep = createStep(
  retrieveOrderGroupOfCartStepId,
  async ({ cart_id }: RetrieveOrderGroupOfCartStepInput, { container }) => {
    const service =
      container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [group] = await service.listOrderGroups(
      { cart_id },
      { select: ["id"], take: 1 }
    )
    return new StepResponse<string | null>(group?.id ?? null)
  }
)
