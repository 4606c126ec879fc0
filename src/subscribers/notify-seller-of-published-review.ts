import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ReviewEventData, ReviewEvents } from "../modules/review/events"
import { notifySellerWorkflow } from "../workflows/notifications/workflows/notify-seller"

/** Tells the seller a review of it or of one of its products went public, once per review. */
export default async function notifySellerOfPublishedReview({
  event: { name, data },
  container,
}: SubscriberArgs<ReviewEventData & { title?: string | null }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [review],
  } = await query.graph({
    entity: "review",
    fields: ["id", "title"],
    filters: { id: data.id },
  })
  let subject = ""
  if (data.reference === "product") {
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["title"],
      filters: { id: data.reference_id },
    })
    subject = product?.title ?? ""
  }
  await notifySellerWorkflow(container).run({
    input: {
      seller_id: data.seller_id,
      template: name,
      resource_id: data.id,
      resource_type: "review",
      idempotency_key: `${name}:${data.id}`,
      data: {
        review_id: data.id,
        reference: data.reference,
        reference_id: data.reference_id,
        subject,
        rating: data.rating,
        title: review?.title ?? null,
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: ReviewEvents.PUBLISHED,
  context: { subscriberId: "notify-seller-of-published-review" },
}
