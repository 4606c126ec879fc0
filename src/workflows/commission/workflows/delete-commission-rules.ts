import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteCommissionRulesStep } from "../steps/delete-commission-rules"

export const deleteCommissionRulesWorkflowId = "delete-commission-rules"

export const deleteCommissionRulesWorkflow = createWorkflow(
  deleteCommissionRulesWorkflowId,
  (input: WorkflowData<{ ids: string[] }>) => {
    deleteCommissionRulesStep(input.ids)
    return new WorkflowResponse(input.ids)
  }
)
