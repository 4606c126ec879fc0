import BigNumber from "bignumber.js"
import type { CommissionKind } from "../../../modules/commission"

type Numeric = BigNumber.Value

export type RateSnapshot = {
  kind: CommissionKind
  value: Numeric
  min_amount?: Numeric | null
  max_amount?: Numeric | null
}

/**
 * The commission on `base` (an amount in the currency's main unit), rounded half-up to
 * the currency's decimal digits. Percentage rules take `value` percent of the base;
 * flat rules charge `value`. The result is clamped to [min, max] and never exceeds the
 * base itself (a seller never owes more than the line earned) nor drops below zero.
 */
export function computeCommissionAmount(
  rate: RateSnapshot,
  base: Numeric,
  decimalDigits = 2
): BigNumber {
  const baseAmount = BigNumber.max(new BigNumber(base), 0)
  let amount =
    rate.kind === "percentage"
      ? baseAmount.multipliedBy(rate.value).dividedBy(100)
      : new BigNumber(rate.value)
  if (rate.min_amount != null) {
    amount = BigNumber.max(amount, rate.min_amount)
  }
  if (rate.max_amount != null) {
    amount = BigNumber.min(amount, rate.max_amount)
  }
  amount = BigNumber.max(BigNumber.min(amount, baseAmount), 0)
  return amount.decimalPlaces(decimalDigits, BigNumber.ROUND_HALF_UP)
}
