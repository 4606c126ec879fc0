import BigNumber from "bignumber.js"
import {
  AmountValue,
  decimalAmount,
} from "../workflows/common/utils/decimal-amount"

/** An amount for a message: rounded half-up to the currency's minor unit, e.g. "52.40". */
export function displayAmount(
  value: AmountValue,
  decimalDigits: number
): string {
  return decimalAmount(value)
    .decimalPlaces(decimalDigits, BigNumber.ROUND_HALF_UP)
    .toFixed(decimalDigits)
}
