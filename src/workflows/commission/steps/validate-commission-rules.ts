import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { commissionRuleProblem } from "../utils/validate-commission-rule"
import type { CommissionRuleData } from "../types"

type Input = { rules: (CommissionRuleData & { id?: string })[] }

export const validateCommissionRulesStepId = "validate-commission-rules"

/** Checks each rule as it will be stored (an update merged over the current rule). */
export const validateCommissionRulesStep = createStep(
  validateCommissionRulesStepId,
  async ({ rules }: Input, { container }) => {
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    for (const rule of rules) {
      const current = rule.id
        ? await service.retrieveCommissionRule(rule.id)
        : {}
      const merged = { ...current, ...rule } as Parameters<
        typeof commissionRuleProblem
      >[0]
      const problem = commissionRuleProblem({
        ...merged,
        value: Number(merged.value),
        min_amount:
          merged.min_amount == null ? null : Number(merged.min_amount),
        max_amount:
          merged.max_amount == null ? null : Number(merged.max_amount),
      })
      if (problem) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
      }
    }
    return new StepResponse(void 0)
  }
)
