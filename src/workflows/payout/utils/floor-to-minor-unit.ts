import BigNumber from "bignumber.js"

/**
 * Rounds a main-unit amount DOWN to the currency's minor unit (never pays out a
 * fraction of a cent the ledger holds): "12.349" EUR → "12.34".
 */
export function floorToMinorUnit(
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
  return new BigNumber(amount)
    .decimalPlaces(decimalDigits, BigNumber.ROUND_DOWN)
    .toFixed(decimalDigits)
}
