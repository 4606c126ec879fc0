import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  ListReconcileCandidatesStepInput,
  listReconcileCandidatesStep,
} from "../steps/list-reconcile-candidates"

export const listReconcileCandidatesWorkflowId = "list-reconcile-candidates"

/** What the reconciler should look at (listReconcileCandidatesStep). Read only. */
export const listReconcileCandidatesWorkflow = createWorkflow(
  listReconcileCandidatesWorkflowId,
  (input: WorkflowData<ListReconcileCandidatesStepInput>) =>
    new WorkflowResponse(listReconcileCandidatesStep(input))
)
