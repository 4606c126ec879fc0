/** Events of the payout workflows. */
export const PayoutEvents = {
  CREATED: "payout.created",
  PAID: "payout.paid",
  FAILED: "payout.failed",
} as const

/** Data of every payout event. */
export type PayoutEventData = {
  id: string
  seller_id: string
  currency_code: string
  /** Main-unit decimal string. */
  amount: string
  provider: string
  provider_reference: string | null
  /** Why the payout failed (payout.failed only). */
  reason?: string | null
}
