import BigNumber from "bignumber.js"

export type CapturedOrder = { id: string; total: BigNumber.Value }

/**
 * Splits a group's captured amount over its orders. Medusa keeps totals with sub-cent
 * precision while money moves in the currency's minor unit, so the capture and each
 * order's total are rounded half-up to it; what rounding leaves over (or any difference
 * between capture and totals) goes to the order with the largest total — ties to the
 * first in the given order — so the parts sum exactly to the rounded capture.
 */
export function attributeCapture(
  captured: BigNumber.Value,
  orders: CapturedOrder[],
  decimalDigits = 2
): { order_id: string; amount: string }[] {
  if (!orders.length) {
    return []
  }
  const parts = orders.map((order) => ({
    order_id: order.id,
    amount: new BigNumber(order.total).decimalPlaces(
      decimalDigits,
      BigNumber.ROUND_HALF_UP
    ),
  }))
  const remainder = new BigNumber(captured)
    .decimalPlaces(decimalDigits, BigNumber.ROUND_HALF_UP)
    .minus(parts.reduce((sum, part) => sum.plus(part.amount), new BigNumber(0)))
  const largest = parts.reduce(
    (max, part) => (part.amount.gt(max.amount) ? part : max),
    parts[0]
  )
  largest.amount = largest.amount.plus(remainder)
  return parts.map((part) => ({
    order_id: part.order_id,
    amount: part.amount.toFixed(),
  }))
}
