import BigNumber from "bignumber.js"
import type { PayoutEventData } from "../../../modules/payout"

type PayoutLike = {
  id: string
  seller_id: string
  currency_code: string
  amount: unknown
  /** Exact digits of a bigNumber column, when the DTO carries them. */
  raw_amount?: unknown
  provider: string
  provider_reference?: string | null
  failure_reason?: string | null
}

/** The event payload of a payout (amount as a decimal string, whatever the DTO holds). */
export function payoutEventData(payout: PayoutLike): PayoutEventData {
  const data: PayoutEventData = {
    id: payout.id,
    seller_id: payout.seller_id,
    currency_code: payout.currency_code,
    amount: new BigNumber(
      String(rawValue(payout.raw_amount) ?? payout.amount)
    ).toFixed(),
    provider: payout.provider,
    provider_reference: payout.provider_reference ?? null,
  }
  if (payout.failure_reason) {
    data.reason = payout.failure_reason
  }
  return data
}

function rawValue(raw: unknown): string | undefined {
  if (raw && typeof raw === "object" && "value" in raw) {
    return String((raw as { value: unknown }).value)
  }
  return undefined
}
