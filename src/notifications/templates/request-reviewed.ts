import { field, message, NotificationTemplate } from "./rendered-message"

const describe = (data: Record<string, unknown>) => {
  const type = field(data, "request_type").replace(/_/g, " ") || "request"
  const subject = field(data, "subject")
  return subject ? `${type} "${subject}"` : type
}

/** To the seller: its request was accepted. data: request_type, subject, note */
export const requestAccepted: NotificationTemplate = (data) =>
  message(`Your ${describe(data)} was accepted`, [
    `The marketplace accepted your ${describe(data)}.`,
    field(data, "note") && `Reviewer's note: ${field(data, "note")}`,
  ])

/** To the seller: its request was rejected. data: request_type, subject, note */
export const requestRejected: NotificationTemplate = (data) =>
  message(`Your ${describe(data)} was not accepted`, [
    `The marketplace did not accept your ${describe(data)}; nothing was changed.`,
    field(data, "note") && `Reviewer's note: ${field(data, "note")}`,
  ])
