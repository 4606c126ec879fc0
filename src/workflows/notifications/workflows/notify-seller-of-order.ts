import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { buildOrderPlacedNotificationsStep } from "../steps/build-order-placed-notifications"
import { sendNotificationsSafelyStep } from "../steps/send-notifications-safely"

export const notifySellerOfOrderWorkflowId = "notify-seller-of-order"

/** Email to the seller's owners and admins and a feed entry for a new seller order; redelivery is a no-op. */
export const notifySellerOfOrderWorkflow = createWorkflow(
  notifySellerOfOrderWorkflowId,
  (input: WorkflowData<{ order_id: string }>) => {
    const notifications = buildOrderPlacedNotificationsStep(input)
    return new WorkflowResponse(sendNotificationsSafelyStep(notifications))
  }
)
