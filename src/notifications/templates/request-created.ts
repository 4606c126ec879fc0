import { field, message, NotificationTemplate } from "./rendered-message"

/** To admins: a request waits in the review queue. data: request_type, seller_name, review_url */
export const requestCreated: NotificationTemplate = (data) => {
  const type = field(data, "request_type").replace(/_/g, " ") || "request"
  return message(
    `New ${type} from ${field(data, "seller_name")}`,
    [
      `${field(data, "seller_name")} submitted a ${type}; it waits in the review queue.`,
    ],
    { label: "Open the review queue", url: field(data, "review_url") }
  )
}
