import { field, message, NotificationTemplate } from "./rendered-message"

/** To the seller: a payout was paid. data: amount, currency_code, reference */
export const payoutPaid: NotificationTemplate = (data) =>
  message(
    `Payout of ${field(data, "amount")} ${field(data, "currency_code").toUpperCase()} sent`,
    [
      `We paid out ${field(data, "amount")} ${field(data, "currency_code").toUpperCase()} to your payout account.`,
      field(data, "reference") && `Reference: ${field(data, "reference")}`,
    ]
  )
