import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutEvents, PayoutStatus } from "../../../modules/payout"
import { transitionPayoutStep } from "../steps/transition-payout"

export const markPayoutFailedWorkflowId = "mark-payout-failed"

export type MarkPayoutFailedWorkflowInput = {
  id: string
  reason: string
  /**
   * Statuses a failure may come from: `processing` for an admin (manual provider), also
   * `paid` for a provider reporting a reversed transfer.
   */
  from?: PayoutStatus[]
}

/**
 * A payout did not reach the seller: it becomes `failed` and a `payout_reversal` entry
 * (+amount) restores the balance, so the next run pays it again. Repeating it is a no-op.
 */
export const markPayoutFailedWorkflow = createWorkflow(
  markPayoutFailedWorkflowId,
  (input: WorkflowData<MarkPayoutFailedWorkflowInput>) => {
    const change = transform({ input }, ({ input }) => ({
      id: input.id,
      change: {
        to: PayoutStatus.FAILED,
        from: input.from ?? [PayoutStatus.PENDING, PayoutStatus.PROCESSING],
        failure_reason: input.reason,
      },
    }))
    const result = transitionPayoutStep(change)
    emitEventStep({
      eventName: PayoutEvents.FAILED,
      data: transform({ result }, ({ result }) =>
        result.changed ? [result.payout] : []
      ),
    })
    return new WorkflowResponse(result)
  }
)
