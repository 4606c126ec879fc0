import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { configuredNotificationChannels } from "../utils/configured-channels"

export const buildAdminNotificationsStepId = "build-admin-notifications"

export type NotifyAdminsInput = {
  template: string
  data: Record<string, unknown>
  idempotency_key: string
  resource_id: string
  resource_type: string
}

export const ADMIN_FEED_RECEIVER = "admin"

/**
 * One admin feed entry, an email to every admin user, and a Slack message when the
 * Notification Module has a `slack` provider (SLACK_WEBHOOK_URL). Read only.
 */
export const buildAdminNotificationsStep = createStep(
  buildAdminNotificationsStepId,
  async (input: NotifyAdminsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: users } = await query.graph({
      entity: "user",
      fields: ["id", "email"],
    })
    const common = {
      template: input.template,
      trigger_type: input.template,
      resource_id: input.resource_id,
      resource_type: input.resource_type,
      data: input.data,
    }
    const notifications: CreateNotificationDTO[] = [
      {
        ...common,
        to: "",
        channel: "feed",
        receiver_id: ADMIN_FEED_RECEIVER,
        idempotency_key: `${input.idempotency_key}:feed`,
      },
      ...users.map((user) => ({
        ...common,
        to: user.email,
        channel: "email",
        receiver_id: user.id,
        idempotency_key: `${input.idempotency_key}:email:${user.id}`,
      })),
    ]
    if (configuredNotificationChannels(container).has("slack")) {
      notifications.push({
        ...common,
        to: "slack",
        channel: "slack",
        receiver_id: ADMIN_FEED_RECEIVER,
        idempotency_key: `${input.idempotency_key}:slack`,
      })
    }
    return new StepResponse(notifications)
  }
)
