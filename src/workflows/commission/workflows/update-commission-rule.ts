import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CommissionRuleData } from "../types"
import { updateCommissionRuleStep } from "../steps/update-commission-rule"
import { validateCommissionRulesStep } from "../steps/validate-commission-rules"

export const updateCommissionRuleWorkflowId = "update-commission-rule"

export const updateCommissionRuleWorkflow = createWorkflow(
  updateCommissionRuleWorkflowId,
  (input: WorkflowData<{ id: string; update: CommissionRuleData }>) => {
    const rules = transform({ input }, ({ input }) => [
      { id: input.id, ...input.update },
    ])
    validateCommissionRulesStep({ rules })
    return new WorkflowResponse(updateCommissionRuleStep(input))
  }
)
