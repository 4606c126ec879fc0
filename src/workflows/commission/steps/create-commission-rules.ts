import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRuleData } from "../types"

export const createCommissionRulesStepId = "create-commission-rules"

export const createCommissionRulesStep = createStep(
  createCommissionRulesStepId,
  async (rules: CommissionRuleData[], { container }) => {
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    const created = await service.createCommissionRules(
      rules as Parameters<CommissionModuleService["createCommissionRules"]>[0]
    )
    return new StepResponse(
      created,
      created.map((rule) => rule.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    await service.deleteCommissionRules(ids)
  }
)
