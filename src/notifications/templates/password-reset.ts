import { field, message, NotificationTemplate } from "./rendered-message"

/** To a seller's member who asked to reset the password. data: reset_url */
export const passwordReset: NotificationTemplate = (data) =>
  message(
    "Reset your seller panel password",
    [
      "Someone asked to reset the password of your seller panel login. If it was not you, ignore this email.",
    ],
    { label: "Choose a new password", url: field(data, "reset_url") }
  )
