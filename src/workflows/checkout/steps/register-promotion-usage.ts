import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RegisterPromotionUsageStepInput = Parameters<
  IPromotionModuleService["registerUsage"]
>
type Usage = {
  computedActions: RegisterPromotionUsageStepInput[0]
  registrationContext: RegisterPromotionUsageStepInput[1]
}

export const registerPromotionUsageStepId = "register-promotion-usage"

/**
 * Counts the cart's promotion usage (campaign budgets, usage limits), as Medusa's
 * complete-cart does; the compensation reverts it. Medusa's own step is not exported.
 */
export const registerPromotionUsageStep = createStep(
  registerPromotionUsageStepId,
  async (usage: Usage, { container }) => {
    if (!usage.computedActions.length) {
      return new StepResponse(void 0, null)
    }
    await container
      .resolve<IPromotionModuleService>(Modules.PROMOTION)
      .registerUsage(usage.computedActions, usage.registrationContext)
    return new StepResponse(void 0, usage)
  },
  async (usage, { container }) => {
    if (!usage?.computedActions.length) {
      return
    }
    await container
      .resolve<IPromotionModuleService>(Modules.PROMOTION)
      .revertUsage(usage.computedActions, usage.registrationContext)
  }
)
