import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRuleInput } from "../utils/build-commission-lines"

/** Every active rule; resolution happens in memory (rule tables are small). */
export const listActiveCommissionRulesStep = createStep(
  "list-active-commission-rules",
  async (_: void, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const rules = await service.listCommissionRules({ active: true })
    return new StepResponse(rules as unknown as CommissionRuleInput[])
  }
)
