import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export const deleteCommissionRulesStepId = "delete-commission-rules"

/** Soft-deletes rules (commission lines keep their rule id and snapshot); compensation restores them. */
export const deleteCommissionRulesStep = createStep(
  deleteCommissionRulesStepId,
  async (ids: string[], { container }) => {
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    await service.softDeleteCommissionRules(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CommissionModuleService =
      container.resolve(COMMISSION_MODULE)
    await service.restoreCommissionRules(ids)
  }
)
