import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionLineInput } from "../utils/build-commission-lines"

export const replaceOrdersCommissionLinesStepId =
  "replace-orders-commission-lines"

export type ReplaceOrdersCommissionLinesStepInput = {
  order_id: string
  lines: CommissionLineInput[]
}[]

/** bigNumber columns accept decimal strings although the generated types say number. */
type CreateLine = Parameters<
  CommissionModuleService["createCommissionLines"]
>[0]

/**
 * Replaces each order's commission lines: recomputing never adds to what was there.
 * Compensation deletes the new lines and restores the previous ones.
 */
export const replaceOrdersCommissionLinesStep = createStep(
  replaceOrdersCommissionLinesStepId,
  async (orders: ReplaceOrdersCommissionLinesStepInput, { container }) => {
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    const orderIds = orders.map((order) => order.order_id)
    const previous = orderIds.length
      ? await service.listCommissionLines({ order_id: orderIds })
      : []
    if (previous.length) {
      await service.deleteCommissionLines(previous.map((line) => line.id))
    }
    const lines = orders.flatMap((order) => order.lines)
    const created = lines.length
      ? await service.createCommissionLines(lines as unknown as CreateLine)
      : []
    return new StepResponse(created, {
      createdIds: created.map((line) => line.id),
      previous: previous.map(
        ({ id, created_at, updated_at, deleted_at, ...line }) => line
      ),
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    if (compensation.createdIds.length) {
      await service.deleteCommissionLines(compensation.createdIds)
    }
    if (compensation.previous.length) {
      await service.createCommissionLines(
        compensation.previous as unknown as CreateLine
      )
    }
  }
)
