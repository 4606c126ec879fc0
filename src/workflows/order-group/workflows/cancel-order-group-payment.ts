import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelPaymentStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { retrieveUncapturedGroupPaymentStep } from "../steps/retrieve-uncaptured-group-payment"
import { orderGroupLockKey } from "../utils/order-group-lock-key"

export const cancelOrderGroupPaymentWorkflowId = "cancel-order-group-payment"

/**
 * Releases the customer's authorization once every order of the group is canceled before
 * the capture (Stripe: the PaymentIntent is canceled). Under the group's capture lock, so a
 * capture and this cancellation never both go ahead. Does nothing otherwise; safe to repeat.
 */
export const cancelOrderGroupPaymentWorkflow = createWorkflow(
  cancelOrderGroupPaymentWorkflowId,
  (input: WorkflowData<{ order_group_id: string }>) => {
    const lockKey = transform({ input }, ({ input }) =>
      orderGroupLockKey(input.order_group_id)
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
    const paymentId = retrieveUncapturedGroupPaymentStep({
      order_group_id: input.order_group_id,
    })
    when("nothing-left-to-capture", { paymentId }, ({ paymentId }) =>
      Boolean(paymentId)
    ).then(() => {
      cancelPaymentStep({ paymentIds: paymentId as string })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(paymentId)
  }
)
