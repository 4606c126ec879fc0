import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ReviewEventData, ReviewEvents } from "../modules/review/events"
import { sendNotifications } from "../notifications/send-notifications"

/**
 * Emails the customer when the seller replied to their review or an admin rejected it. A
 * reply that is edited notifies again (its time is part of the key); a rejection once.
 */
export default async function notifyCustomerOfReviewOutcome({
  event: { name, data },
  container,
}: SubscriberArgs<ReviewEventData & { note?: string | null }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [review],
  } = await query.graph({
    entity: "review",
    fields: [
      "id",
      "seller_reply",
      "seller_replied_at",
      "moderation_note",
      "moderated_at",
      "customer.email",
    ],
    filters: { id: data.id },
  })
  const email = (review as { customer?: { email?: string | null } | null })
    ?.customer?.email
  if (!review || !email) {
    return
  }
  const replied = name === ReviewEvents.REPLIED
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: ["name"],
    filters: { id: data.seller_id },
  })
  const version = new Date(
    (replied ? review.seller_replied_at : review.moderated_at) ?? 0
  ).getTime()
  await sendNotifications(container, [
    {
      to: email,
      channel: "email",
      template: name,
      trigger_type: name,
      resource_id: review.id,
      resource_type: "review",
      receiver_id: data.customer_id,
      idempotency_key: `${name}:${review.id}:${version}:email`,
      data: {
        review_id: review.id,
        seller_name: seller?.name ?? null,
        reply: replied ? review.seller_reply : null,
        note: replied ? null : review.moderation_note,
      },
    },
  ])
}

export const config: SubscriberConfig = {
  event: [ReviewEvents.REPLIED, ReviewEvents.REJECTED],
  context: { subscriberId: "notify-customer-of-review-outcome" },
}
