import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createCommissionRulesStep } from "../steps/create-commission-rules"
import type { CommissionRuleData } from "../types"
import { validateCommissionRulesStep } from "../steps/validate-commission-rules"

export const createCommissionRulesWorkflowId = "create-commission-rules"

export const createCommissionRulesWorkflow = createWorkflow(
  createCommissionRulesWorkflowId,
  (input: WorkflowData<{ rules: CommissionRuleData[] }>) => {
    validateCommissionRulesStep({ rules: input.rules })
    return new WorkflowResponse(createCommissionRulesStep(input.rules))
  }
)
