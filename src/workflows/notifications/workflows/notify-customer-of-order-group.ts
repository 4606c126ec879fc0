import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { buildOrderGroupConfirmationStep } from "../steps/build-order-group-confirmation"
import { sendNotificationsSafelyStep } from "../steps/send-notifications-safely"

export const notifyCustomerOfOrderGroupWorkflowId =
  "notify-customer-of-order-group"

/** One confirmation email per checkout, whatever the number of sellers; redelivery is a no-op. */
export const notifyCustomerOfOrderGroupWorkflow = createWorkflow(
  notifyCustomerOfOrderGroupWorkflowId,
  (input: WorkflowData<{ order_group_id: string }>) => {
    const notifications = buildOrderGroupConfirmationStep(input)
    return new WorkflowResponse(sendNotificationsSafelyStep(notifications))
  }
)
