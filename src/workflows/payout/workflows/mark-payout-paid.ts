import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PayoutEvents, PayoutStatus } from "../../../modules/payout"
import { transitionPayoutStep } from "../steps/transition-payout"

export const markPayoutPaidWorkflowId = "mark-payout-paid"

export type MarkPayoutPaidWorkflowInput = {
  id: string
  provider_reference?: string | null
}

/**
 * An admin confirms a `processing` payout (manual provider: the bank transfer was made).
 * Marking a paid payout again is a no-op; a failed or canceled one is refused.
 */
export const markPayoutPaidWorkflow = createWorkflow(
  markPayoutPaidWorkflowId,
  (input: WorkflowData<MarkPayoutPaidWorkflowInput>) => {
    const change = transform({ input }, ({ input }) => ({
      id: input.id,
      change: {
        to: PayoutStatus.PAID,
        from: [PayoutStatus.PROCESSING],
        ...(input.provider_reference !== undefined
          ? { provider_reference: input.provider_reference }
          : {}),
      },
    }))
    const result = transitionPayoutStep(change)
    emitEventStep({
      eventName: PayoutEvents.PAID,
      data: transform({ result }, ({ result }) =>
        result.changed ? [result.payout] : []
      ),
    })
    return new WorkflowResponse(result)
  }
)
