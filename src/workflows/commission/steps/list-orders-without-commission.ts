import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export const listOrdersWithoutCommissionStepId =
  "list-orders-without-commission"

export type ListOrdersWithoutCommissionStepInput = { order_ids: string[] }

/** The orders among `order_ids` that have no commission line yet. Read only. */
export const listOrdersWithoutCommissionStep = createStep(
  listOrdersWithoutCommissionStepId,
  async (
    { order_ids }: ListOrdersWithoutCommissionStepInput,
    { container }
  ) => {
    if (!order_ids.length) {
      return new StepResponse<string[]>([])
    }
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    const lines = await service.listCommissionLines(
      { order_id: order_ids },
      { select: ["order_id"] }
    )
    const computed = new Set(lines.map((line) => line.order_id))
    return new StepResponse<string[]>(
      order_ids.filter((id) => !computed.has(id))
    )
  }
)
