import BigNumber from "bignumber.js"

/**
 * The integer count of minor units Stripe expects ("12.34" EUR → "1234", "500" JPY →
 * "500"). Refuses an amount that is not a whole number of minor units instead of rounding
 * it silently.
 */
export function toMinorUnits(
  amount: BigNumber.Value,
  decimalDigits: number
): string {
  if (
    !Number.isInteger(decimalDigits) ||
    decimalDigits < 0 ||
    decimalDigits > 6
  ) {
    throw new Error(
      `decimal digits must be an integer between 0 and 6 (got ${decimalDigits})`
    )
  }
  const minor = new BigNumber(amount).shiftedBy(decimalDigits)
  if (!minor.isFinite() || !minor.isInteger()) {
    throw new Error(
      `${String(amount)} is not a whole number of minor units (${decimalDigits} decimal digits)`
    )
  }
  return minor.toFixed(0)
}
