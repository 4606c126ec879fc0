import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { sendNotificationsSafelyStep } from "../../notifications/steps/send-notifications-safely"
import { cancelCheckoutPaymentStep } from "../steps/cancel-checkout-payment"
import { inspectCheckoutStep } from "../steps/inspect-checkout"
import { RECONCILE_LOCK_TIMEOUT_SECONDS } from "../utils/reconcile-locks"

export const cancelUnplaceableCheckoutWorkflowId = "cancel-unplaceable-checkout"

export const CHECKOUT_CANCELED_TEMPLATE = "checkout.canceled"

export type CancelUnplaceableCheckoutWorkflowInput = {
  cart_id: string
  /** Why the cart could not be completed (the split checkout's error). */
  reason: string
}

/**
 * A cart whose payment went through but which the split checkout refuses to complete
 * (an item sold out, a seller closed meanwhile): under the cart's lock, its payment is
 * cancelled or refunded and the customer is emailed once (keyed by cart).
 */
export const cancelUnplaceableCheckoutWorkflow = createWorkflow(
  cancelUnplaceableCheckoutWorkflowId,
  (input: WorkflowData<CancelUnplaceableCheckoutWorkflowInput>) => {
    acquireLockStep({
      key: input.cart_id,
      timeout: RECONCILE_LOCK_TIMEOUT_SECONDS,
      ttl: 120,
    })
    const inspection = inspectCheckoutStep({ cart_id: input.cart_id })
    const canceled = cancelCheckoutPaymentStep(
      transform({ inspection }, ({ inspection }) => ({
        payment_ids: inspection.group_id ? [] : inspection.payment.payment_ids,
      }))
    )
    const notifications = transform(
      { inspection, canceled, input },
      ({ inspection, canceled, input }) =>
        canceled.length && inspection.email
          ? [
              {
                to: inspection.email,
                channel: "email",
                template: CHECKOUT_CANCELED_TEMPLATE,
                trigger_type: CHECKOUT_CANCELED_TEMPLATE,
                resource_id: input.cart_id,
                resource_type: "cart",
                idempotency_key: `${CHECKOUT_CANCELED_TEMPLATE}:${input.cart_id}`,
                data: { cart_id: input.cart_id, reason: input.reason },
              },
            ]
          : []
    )
    sendNotificationsSafelyStep(notifications)
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(canceled)
  }
)
