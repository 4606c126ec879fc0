import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  UpdatePayoutAccountStatusInput,
  updatePayoutAccountStatusStep,
} from "../steps/update-payout-account-status"

/** The provider reports an account's state (onboarding finished, restricted...). */
export const updatePayoutAccountStatusWorkflow = createWorkflow(
  "update-payout-account-status",
  (input: WorkflowData<UpdatePayoutAccountStatusInput>) => {
    return new WorkflowResponse(updatePayoutAccountStatusStep(input))
  }
)
