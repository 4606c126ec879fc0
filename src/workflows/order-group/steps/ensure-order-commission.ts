import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordAmount } from "../../common/decimal-amount"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { calculateOrderCommissionWorkflow } from "../../commission/workflows/calculate-order-commission"

/**
 * The commission owed on each order, as a positive decimal string. Orders whose lines
 * the `order.placed` subscriber has not written yet are computed now (the computation
 * replaces lines, so racing the subscriber is harmless).
 */
export const ensureOrderCommissionStep = createStep(
  "ensure-order-commission",
  async ({ order_ids }: { order_ids: string[] }, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const computed = new Set(
      (await service.listCommissionLines({ order_id: order_ids }, { select: ["order_id"] })).map(
        (line) => line.order_id
      )
    )
    for (const orderId of order_ids.filter((id) => !computed.has(id))) {
      await calculateOrderCommissionWorkflow(container).run({ input: { order_id: orderId } })
    }
    const lines = await service.listCommissionLines({ order_id: order_ids })
    const owed = Object.fromEntries(order_ids.map((id) => [id, new BigNumber(0)]))
    for (const line of lines) {
      owed[line.order_id] = owed[line.order_id].plus(recordAmount(line))
    }
    return new StepResponse(
      Object.fromEntries(Object.entries(owed).map(([id, amount]) => [id, amount.toFixed()]))
    )
  }
)
