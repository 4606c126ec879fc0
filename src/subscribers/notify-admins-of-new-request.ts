import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { RequestCreatedData, RequestEvents } from "../modules/request/events"
import { notifyAdminsWorkflow } from "../workflows/notifications/workflows/notify-admins"

/** Every new request reaches the admins' review queue: feed, email, Slack when configured. */
export default async function notifyAdminsOfNewRequest({
  event: { data },
  container,
}: SubscriberArgs<RequestCreatedData>) {
  await notifyAdminsWorkflow(container).run({
    input: {
      template: RequestEvents.CREATED,
      resource_id: data.id,
      resource_type: "request",
      idempotency_key: `${RequestEvents.CREATED}:${data.id}`,
      data: {
        title: "New request to review",
        description: `A ${data.type.replace(/_/g, " ")} request from seller ${data.seller_id} is waiting for review`,
        request_id: data.id,
        request_type: data.type,
        seller_id: data.seller_id,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: RequestEvents.CREATED,
  context: { subscriberId: "notify-admins-of-new-request" },
}
