import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updatePayoutAccountStatusStep,
  UpdatePayoutAccountStatusStepInput,
} from "../steps/update-payout-account-status"

export const updatePayoutAccountStatusWorkflowId =
  "update-payout-account-status"

/** The provider reports an account's state (onboarding finished, restricted...). */
export const updatePayoutAccountStatusWorkflow = createWorkflow(
  updatePayoutAccountStatusWorkflowId,
  (input: WorkflowData<UpdatePayoutAccountStatusStepInput>) => {
    return new WorkflowResponse(updatePayoutAccountStatusStep(input))
  }
)
