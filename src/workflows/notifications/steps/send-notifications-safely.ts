import type { NotificationTypes } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotifications } from "../../../notifications/send-notifications"

export const sendNotificationsSafelyStepId = "send-notifications-safely"

/**
 * Sends notifications; a provider failure leaves them stored as failed instead of failing
 * the workflow (Medusa's sendNotificationsStep rethrows it). Sent messages cannot be
 * recalled, so there is no compensation.
 */
export const sendNotificationsSafelyStep = createStep(
  sendNotificationsSafelyStepId,
  async (
    notifications: NotificationTypes.CreateNotificationDTO[],
    { container }
  ) => {
    return new StepResponse(await sendNotifications(container, notifications))
  }
)
