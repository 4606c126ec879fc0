import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRuleData } from "../types"

type Input = { id: string; update: CommissionRuleData }
/** Nullable scope/amount fields are valid updates; the generated type only knows undefined. */
type UpdateData = { id: string }

export const updateCommissionRuleStepId = "update-commission-rule"

/** Updates one rule; compensation writes back the fields it changed. */
export const updateCommissionRuleStep = createStep(
  updateCommissionRuleStepId,
  async ({ id, update }: Input, { container }) => {
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    const before = await service.retrieveCommissionRule(id)
    const updated = await service.updateCommissionRules({
      id,
      ...update,
    } as UpdateData)
    const previous = Object.fromEntries(
      Object.keys(update).map((key) => [
        key,
        before[key as keyof typeof before],
      ])
    )
    return new StepResponse(updated, { id, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    await service.updateCommissionRules({
      id: compensation.id,
      ...compensation.previous,
    } as UpdateData)
  }
)
