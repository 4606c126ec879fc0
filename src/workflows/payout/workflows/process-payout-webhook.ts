import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PayoutStatus, PayoutWebhookEvent } from "../../../modules/payout"
import { retrieveWebhookPayoutStep } from "../steps/retrieve-webhook-payout"
import { markPayoutFailedWorkflow } from "./mark-payout-failed"
import { updatePayoutAccountStatusWorkflow } from "./update-payout-account-status"

export const processPayoutWebhookWorkflowId = "process-payout-webhook"

export type ProcessPayoutWebhookWorkflowInput = {
  /** The id of the provider that sent the event (`/hooks/payouts/:provider`). */
  provider: string
  /** The event as the provider's webhook handler read it (signature already verified). */
  event: PayoutWebhookEvent
}

/**
 * Applies a provider's webhook event: `account_updated` sets the status of the account
 * with that external id; `transfer_failed` fails the payout (from any status but
 * canceled: a provider may reverse a paid transfer) and restores the balance. Other events
 * change nothing. Redeliveries are no-ops: both changes are idempotent.
 */
export const processPayoutWebhookWorkflow = createWorkflow(
  processPayoutWebhookWorkflowId,
  (input: WorkflowData<ProcessPayoutWebhookWorkflowInput>) => {
    when(
      "payout-account-updated",
      { input },
      ({ input }) => input.event.type === "account_updated"
    ).then(() => {
      const account = transform({ input }, ({ input }) => {
        const event = input.event as Extract<
          PayoutWebhookEvent,
          { type: "account_updated" }
        >
        return { external_id: event.external_id, status: event.status }
      })
      updatePayoutAccountStatusWorkflow.runAsStep({ input: account })
    })

    const payoutId = retrieveWebhookPayoutStep({
      provider: input.provider,
      event: input.event,
    })
    when(
      "payout-transfer-failed",
      { payoutId },
      ({ payoutId }) => !!payoutId
    ).then(() => {
      const failure = transform({ input, payoutId }, ({ input, payoutId }) => ({
        id: payoutId!,
        reason: (
          input.event as Extract<
            PayoutWebhookEvent,
            { type: "transfer_failed" }
          >
        ).reason,
        from: [
          PayoutStatus.PENDING,
          PayoutStatus.PROCESSING,
          PayoutStatus.PAID,
        ],
      }))
      markPayoutFailedWorkflow.runAsStep({ input: failure })
    })

    const applied = transform({ input, payoutId }, ({ input, payoutId }) => ({
      id: input.event.id,
      type: input.event.type,
      payout_id: payoutId,
    }))
    return new WorkflowResponse(applied)
  }
)
