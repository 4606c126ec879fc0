import BigNumber from "bignumber.js"

/**
 * Rounds a main-unit amount DOWN to the currency's minor unit (never pays out a
 * fraction of a cent the ledger holds): "12.349" EUR → "12.34".
 */
export function floorToMinorUnit(amount: BigNumber.Value, decimalDigits: number): string {
  assertDigits(decimalDigits)
  return new BigNumber(amount).decimalPlaces(decimalDigits, BigNumber.ROUND_DOWN).toFixed(decimalDigits)
}

/**
 * The integer count of minor units ("12.34" EUR → "1234", "500" JPY → "500"). Refuses an
 * amount that is not a whole number of minor units instead of rounding it silently.
 */
export function toMinorUnits(amount: BigNumber.Value, decimalDigits: number): string {
  assertDigits(decimalDigits)
  const minor = new BigNumber(amount).shiftedBy(decimalDigits)
  if (!minor.isFinite() || !minor.isInteger()) {
    throw new Error(`${String(amount)} is not a whole number of minor units (${decimalDigits} decimal digits)`)
  }
  return minor.toFixed(0)
}

function assertDigits(decimalDigits: number) {
  if (!Number.isInteger(decimalDigits) || decimalDigits < 0 || decimalDigits > 6) {
    throw new Error(`decimal digits must be an integer between 0 and 6 (got ${decimalDigits})`)
  }
}
