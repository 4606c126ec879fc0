import { field, message, NotificationTemplate } from "./rendered-message"

const about = (data: Record<string, unknown>) =>
  field(data, "reference") === "seller"
    ? "your shop"
    : `"${field(data, "subject") || "your product"}"`

/** To the seller: a review of it or one of its products was published. data: reference, subject, rating, title */
export const reviewPublished: NotificationTemplate = (data) =>
  message(`New ${field(data, "rating")}-star review of ${about(data)}`, [
    `A customer rated ${about(data)} ${field(data, "rating")} out of 5.`,
    field(data, "title") && `"${field(data, "title")}"`,
    "You can reply to it once from your reviews.",
  ])

/** To the customer: the seller replied to their review. data: seller_name, reply */
export const reviewReplied: NotificationTemplate = (data) =>
  message(
    `${field(data, "seller_name") || "The seller"} replied to your review`,
    [field(data, "reply") && `"${field(data, "reply")}"`]
  )

/** To the customer: their review was not published. data: note */
export const reviewRejected: NotificationTemplate = (data) =>
  message("Your review was not published", [
    "The marketplace did not publish your review.",
    field(data, "note") && `Moderator's note: ${field(data, "note")}`,
  ])
