import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  buildSellerNotificationsStep,
  NotifySellerInput,
} from "../steps/build-seller-notifications"
import { sendNotificationsSafelyStep } from "../steps/send-notifications-safely"

export const notifySellerWorkflowId = "notify-seller"

/** Email + feed to a seller; idempotency keys make a redelivered event a no-op. */
export const notifySellerWorkflow = createWorkflow(
  notifySellerWorkflowId,
  (input: WorkflowData<NotifySellerInput>) => {
    const notifications = buildSellerNotificationsStep(input)
    return new WorkflowResponse(sendNotificationsSafelyStep(notifications))
  }
)
