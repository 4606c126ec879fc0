import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REQUEST_MODULE, RequestModuleService } from "../modules/request"
import { RequestEvents, RequestReviewedData } from "../modules/request/events"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

/** What the request was about, in the seller's words (category name, type value, product title). */
function subjectOf(
  payload: Record<string, unknown> | null | undefined
): string {
  const subject = payload?.name ?? payload?.value ?? payload?.title
  return typeof subject === "string" ? subject : ""
}

/**
 * Tells the seller how the admin decided on its request (category or type suggestion,
 * product publication or product update), with the reviewer's note. Registrations are
 * answered by `seller.approved` / `seller.rejected` instead. One notification per
 * request and outcome, however often the event arrives.
 */
export default async function notifySellerOfRequestReview({
  event: { name, data },
  container,
}: SubscriberArgs<RequestReviewedData>) {
  if (data.type === "seller_registration") {
    return
  }
  const [request] = await container
    .resolve<RequestModuleService>(REQUEST_MODULE)
    .listRequests({ id: data.id }, { select: ["id", "payload", "resource_id"] })
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.seller_id,
      template: name,
      resource_id: data.id,
      resource_type: "request",
      idempotency_key: `${name}:${data.id}`,
      data: {
        request_id: data.id,
        request_type: data.type,
        status: data.status,
        subject: subjectOf(request?.payload as Record<string, unknown> | null),
        resource_id: request?.resource_id ?? null,
        note: data.note,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: [RequestEvents.ACCEPTED, RequestEvents.REJECTED],
  context: { subscriberId: "notify-seller-of-request-review" },
}
