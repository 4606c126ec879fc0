import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCommissionRulesStep } from "../steps/delete-commission-rules"

export const deleteCommissionRulesWorkflow = createWorkflow(
  "delete-commission-rules",
  (input: WorkflowData<{ ids: string[] }>) => {
    deleteCommissionRulesStep(input.ids)
    return new WorkflowResponse(input.ids)
  }
)
