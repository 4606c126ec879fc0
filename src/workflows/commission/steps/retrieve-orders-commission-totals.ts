import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { recordAmount } from "../../common/utils/decimal-amount"

export const retrieveOrdersCommissionTotalsStepId =
  "retrieve-orders-commission-totals"

export type RetrieveOrdersCommissionTotalsStepInput = { order_ids: string[] }

/** The commission owed on each order (sum of its lines), a positive decimal string by order id. Read only. */
export const retrieveOrdersCommissionTotalsStep = createStep(
  retrieveOrdersCommissionTotalsStepId,
  async (
    { order_ids }: RetrieveOrdersCommissionTotalsStepInput,
    { container }
  ) => {
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    const lines = order_ids.length
      ? await service.listCommissionLines({ order_id: order_ids })
      : []
    const owed = Object.fromEntries(
      order_ids.map((id) => [id, new BigNumber(0)])
    )
    for (const line of lines) {
      owed[line.order_id] = owed[line.order_id].plus(recordAmount(line))
    }
    return new StepResponse<Record<string, string>>(
      Object.fromEntries(
        Object.entries(owed).map(([id, amount]) => [id, amount.toFixed()])
      )
    )
  }
)
