import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { inspectCheckoutStep } from "../steps/inspect-checkout"
import { rollBackPartialCheckoutStep } from "../steps/roll-back-partial-checkout"
import { RECONCILE_LOCK_TIMEOUT_SECONDS } from "../utils/reconcile-locks"

export const rollBackPartialCheckoutWorkflowId = "roll-back-partial-checkout"

/** As the split checkout's own lock (completeMarketplaceCartWorkflow). */
const CART_LOCK_TTL_SECONDS = 120

/**
 * Under the lock the split checkout takes (the cart id): reads the cart's checkout and, when
 * it is partial (order group, orders, reservations, payment or completion missing) and its
 * payment not captured, rolls it back so the cart can complete again. Returns what it found.
 */
export const rollBackPartialCheckoutWorkflow = createWorkflow(
  rollBackPartialCheckoutWorkflowId,
  (input: WorkflowData<{ cart_id: string }>) => {
    acquireLockStep({
      key: input.cart_id,
      timeout: RECONCILE_LOCK_TIMEOUT_SECONDS,
      ttl: CART_LOCK_TTL_SECONDS,
    })
    const inspection = inspectCheckoutStep({ cart_id: input.cart_id })
    const rolledBack = when(
      "partial-checkout",
      { inspection },
      ({ inspection }) =>
        inspection.gaps.length > 0 && !inspection.payment.captured
    ).then(() => {
      rollBackPartialCheckoutStep(inspection)
      return true
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(
      transform({ inspection, rolledBack }, ({ inspection, rolledBack }) => ({
        inspection,
        rolled_back: !!rolledBack,
      }))
    )
  }
)
