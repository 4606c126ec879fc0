import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRuleInput } from "../utils/build-commission-lines"

export const listActiveCommissionRulesStepId = "list-active-commission-rules"

/** Every active rule; resolution happens in memory (rule tables are small). */
export const listActiveCommissionRulesStep = createStep(
  listActiveCommissionRulesStepId,
  async (_: void, { container }) => {
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    const rules = await service.listCommissionRules({ active: true })
    return new StepResponse(rules as unknown as CommissionRuleInput[])
  }
)
