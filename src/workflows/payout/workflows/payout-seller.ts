import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { PayoutEvents } from "../../../modules/payout"
import { loadedPayoutSettings } from "../utils/loaded-payout-settings"
import { payoutEventData } from "../utils/payout-event-data"
import { createPayoutsStep } from "../steps/create-payouts"
import { recordPayoutOutcomesStep } from "../steps/record-payout-outcomes"
import { retrieveSellerPayoutPlanStep } from "../steps/retrieve-seller-payout-plan"
import { sendPayoutTransfersStep } from "../steps/send-payout-transfers"

export const payoutSellerWorkflowId = "payout-seller"

/** Seconds a run waits for another run of the same seller before giving up. */
export const PAYOUT_LOCK_TIMEOUT_SECONDS = 30
/** Seconds the lock outlives a crashed run (longer than the provider's retries and timeouts). */
export const PAYOUT_LOCK_TTL_SECONDS = 120

/**
 * The steps after the funds are reserved are idempotent, so a run whose process died resumes:
 * `retryIntervalAwaiting` makes the engine queue a delayed retry (a BullMQ job with the Redis
 * engine) when each step starts and drop it when the step ends. If the process dies, any
 * worker picks the retry up and invokes the step again (the transfer with the same
 * idempotency key). See "Crash recovery" in docs/payouts.md. The delay is the payout module's
 * `resumeAfterSeconds`: a step option is fixed when the workflow is defined, so it comes from
 * the configuration the process loaded, not from the module service.
 */
const RESUMABLE = {
  retryIntervalAwaiting: loadedPayoutSettings().resumeAfterSeconds,
}

export type PayoutSellerWorkflowInput = { seller_id: string }

/**
 * Pays a seller its payable balance, one payout per currency. Under a lock on
 * `payout:<seller_id>`: reads the plan, creates each payout with its ledger entry
 * (funds reserved atomically), sends it to the provider, and records the outcome:
 * `paid` (stripe-connect), `processing` (manual, until an admin marks it) or `failed`
 * with a `payout_reversal` restoring the balance. Emits payout.created, payout.paid and
 * payout.failed. A run that finds nothing payable returns the reason it skipped.
 */
export const payoutSellerWorkflow = createWorkflow(
  payoutSellerWorkflowId,
  (input: WorkflowData<PayoutSellerWorkflowInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `payout:${input.seller_id}`
    )
    acquireLockStep({
      key: lockKey,
      timeout: PAYOUT_LOCK_TIMEOUT_SECONDS,
      ttl: PAYOUT_LOCK_TTL_SECONDS,
    })

    const plan = retrieveSellerPayoutPlanStep({ seller_id: input.seller_id })
    const created = createPayoutsStep(
      transform({ plan }, ({ plan }) => ({
        seller_id: plan.seller_id,
        provider: plan.provider,
        lines: plan.lines,
      }))
    )
    const outcomes = sendPayoutTransfersStep(
      transform({ plan, created }, ({ plan, created }) => ({
        payouts: created.map((payout) => ({
          id: payout.id,
          seller_id: payout.seller_id,
          currency_code: payout.currency_code,
          provider: payout.provider,
          idempotency_key: payout.idempotency_key,
        })),
        lines: plan.lines,
        destination: plan.destination,
      }))
    ).config(RESUMABLE)
    const recorded = recordPayoutOutcomesStep(outcomes).config(RESUMABLE)

    emitEventStep({
      eventName: PayoutEvents.CREATED,
      data: transform({ created }, ({ created }) =>
        created.map(payoutEventData)
      ),
    }).config({ name: "emit-payout-created", ...RESUMABLE })
    emitEventStep({
      eventName: PayoutEvents.PAID,
      data: transform({ recorded }, ({ recorded }) => recorded.paid),
    }).config({ name: "emit-payout-paid", ...RESUMABLE })
    emitEventStep({
      eventName: PayoutEvents.FAILED,
      data: transform({ recorded }, ({ recorded }) => recorded.failed),
    }).config({ name: "emit-payout-failed", ...RESUMABLE })

    releaseLockStep({ key: lockKey }).config(RESUMABLE)

    const result = transform({ plan, recorded }, ({ plan, recorded }) => ({
      seller_id: plan.seller_id,
      skipped_reason: plan.skipped_reason,
      payouts: [
        ...recorded.paid.map((payout) => ({
          ...payout,
          status: "paid" as const,
        })),
        ...recorded.processing.map((payout) => ({
          ...payout,
          status: "processing" as const,
        })),
        ...recorded.failed.map((payout) => ({
          ...payout,
          status: "failed" as const,
        })),
      ],
    }))
    return new WorkflowResponse(result)
  }
)
