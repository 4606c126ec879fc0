import { field, message, NotificationTemplate } from "./rendered-message"

/** To the invitee: join a seller's team. data: seller_name, role, invite_url, expires_at */
export const memberInvited: NotificationTemplate = (data) =>
  message(
    `You are invited to join ${field(data, "seller_name")}`,
    [
      `You are invited to join the team of ${field(data, "seller_name")} as ${field(data, "role") || "member"}.`,
      field(data, "expires_at") &&
        `The invitation expires on ${field(data, "expires_at")}.`,
    ],
    { label: "Accept the invitation", url: field(data, "invite_url") }
  )
