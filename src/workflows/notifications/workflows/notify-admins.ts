import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  buildAdminNotificationsStep,
  NotifyAdminsInput,
} from "../steps/build-admin-notifications"
import { sendNotificationsSafelyStep } from "../steps/send-notifications-safely"

export const notifyAdminsWorkflowId = "notify-admins"

/** Feed + email (+ Slack) to the admins; idempotency keys make a redelivered event a no-op. */
export const notifyAdminsWorkflow = createWorkflow(
  notifyAdminsWorkflowId,
  (input: WorkflowData<NotifyAdminsInput>) => {
    const notifications = buildAdminNotificationsStep(input)
    return new WorkflowResponse(sendNotificationsSafelyStep(notifications))
  }
)
