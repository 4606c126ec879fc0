import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateNotificationDTO } from "@medusajs/framework/types"

export type NotifySellerInput = {
  seller_id: string
  /** Also the event name, e.g. `seller.approved`; email templates are keyed by it. */
  template: string
  data: Record<string, unknown>
  /** Unique per event occurrence; the channel is appended. */
  idempotency_key: string
  resource_id: string
  resource_type: string
}

export const buildSellerNotificationsStepId = "build-seller-notifications"

/** An email to the seller's address and an entry in the seller's feed. */
export const buildSellerNotificationsStep = createStep(
  buildSellerNotificationsStepId,
  async (input: NotifySellerInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [seller],
    } = await query.graph({
      entity: "seller",
      fields: ["id", "name", "email"],
      filters: { id: input.seller_id },
    })
    if (!seller) {
      return new StepResponse([] as CreateNotificationDTO[])
    }
    const data = { ...input.data, seller: { id: seller.id, name: seller.name } }
    const common = {
      template: input.template,
      trigger_type: input.template,
      resource_id: input.resource_id,
      resource_type: input.resource_type,
      receiver_id: seller.id,
    }
    const notifications: CreateNotificationDTO[] = [
      {
        ...common,
        to: seller.email,
        channel: "email",
        data,
        idempotency_key: `${input.idempotency_key}:email`,
      },
      {
        ...common,
        to: seller.email,
        channel: "feed",
        data,
        idempotency_key: `${input.idempotency_key}:feed`,
      },
    ]
    return new StepResponse(notifications)
  }
)
