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
import { PAYOUT_LOCK_TTL_SECONDS } from "../../payout/workflows/payout-seller"
import { settlePendingPayoutStep } from "../steps/settle-pending-payout"
import { RECONCILE_LOCK_TIMEOUT_SECONDS } from "../utils/reconcile-locks"

export const settlePendingPayoutWorkflowId = "settle-pending-payout"

export type SettlePendingPayoutWorkflowInput = {
  payout_id: string
  seller_id: string
}

/**
 * Settles a payout left `pending` by a run that died (settlePendingPayoutStep), under the
 * lock payout runs take (`payout:<seller_id>`), so no live run of the seller interleaves.
 * Emits payout.paid / payout.failed like a payout run (seller and admins are notified).
 */
export const settlePendingPayoutWorkflow = createWorkflow(
  settlePendingPayoutWorkflowId,
  (input: WorkflowData<SettlePendingPayoutWorkflowInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `payout:${input.seller_id}`
    )
    acquireLockStep({
      key: lockKey,
      timeout: RECONCILE_LOCK_TIMEOUT_SECONDS,
      ttl: PAYOUT_LOCK_TTL_SECONDS,
    })
    const settled = settlePendingPayoutStep({ payout_id: input.payout_id })
    emitEventStep({
      eventName: PayoutEvents.PAID,
      data: transform({ settled }, ({ settled }) => settled.paid),
    }).config({ name: "emit-settled-payout-paid" })
    emitEventStep({
      eventName: PayoutEvents.FAILED,
      data: transform({ settled }, ({ settled }) => settled.failed),
    }).config({ name: "emit-settled-payout-failed" })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ settled }, ({ settled }) => ({ outcome: settled.outcome }))
    )
  }
)
