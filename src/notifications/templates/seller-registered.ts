import { field, message, NotificationTemplate } from "./rendered-message"

/** To admins: a seller registered and waits for review. data: seller_name, seller_email, review_url */
export const sellerRegistered: NotificationTemplate = (data) =>
  message(
    `New seller registration: ${field(data, "seller_name")}`,
    [
      `${field(data, "seller_name")} (${field(data, "seller_email")}) registered as a seller.`,
      "The registration waits for review.",
    ],
    { label: "Review the registration", url: field(data, "review_url") }
  )
