import { field, message, NotificationTemplate } from "./rendered-message"

/** To the seller (and admins): a payout failed. data: amount, currency_code, reason */
export const payoutFailed: NotificationTemplate = (data) =>
  message(
    `Payout of ${field(data, "amount")} ${field(data, "currency_code").toUpperCase()} failed`,
    [
      `The payout of ${field(data, "amount")} ${field(data, "currency_code").toUpperCase()} could not be completed; the amount stays in your balance.`,
      field(data, "reason") && `Reason: ${field(data, "reason")}`,
      "Check your payout account details.",
    ]
  )
