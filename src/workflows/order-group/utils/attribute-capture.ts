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

export type GroupCaptureOrder = CapturedOrder & {
  canceled: boolean
  /** Canceled before the payment was captured: its share was never taken. */
  uncaptured: boolean
  /** Its `sale` is booked: it was live when the payment was captured and booked. */
  booked: boolean
  /** Its share was given back by an earlier run (canceled before it was booked). */
  refunded: boolean
}

export type CapturePlan = {
  /** What to capture when some orders are canceled; null: the whole authorization. */
  partial_amount: string | null
  /** The live orders' shares: their capture transactions and sales. */
  live: { order_id: string; amount: string }[]
  /** Shares of canceled, never booked orders that the captured payment holds: given back. */
  refund: { order_id: string; amount: string }[]
}

const total = (parts: { amount: string }[]) =>
  parts.reduce((sum, part) => sum.plus(part.amount), new BigNumber(0))

/**
 * What a group capture takes, books and gives back. Each order's share is its part of the
 * whole authorization (`attributeCapture`), so a canceled order leaves the others' shares
 * unchanged. Not captured yet (`captured` null): only the live orders' shares are taken.
 * Captured already (at authorization, or by an earlier run): an order canceled after the
 * capture but before its sale was booked has its share given back, as far as the captures
 * hold more than the shares of live, booked or given-back orders.
 */
export function planGroupCapture(
  authorized: BigNumber.Value,
  captured: BigNumber.Value | null,
  orders: GroupCaptureOrder[],
  decimalDigits = 2
): CapturePlan {
  const byId = new Map(orders.map((order) => [order.id, order]))
  const parts = attributeCapture(authorized, orders, decimalDigits)
  const live = parts.filter((part) => !byId.get(part.order_id)!.canceled)
  const anyCanceled = live.length < parts.length
  const covered =
    captured === null
      ? total(live)
      : new BigNumber(captured).decimalPlaces(
          decimalDigits,
          BigNumber.ROUND_HALF_UP
        )
  const accounted = parts.filter((part) => {
    const order = byId.get(part.order_id)!
    return !order.canceled || order.booked || order.refunded
  })
  const pending = parts.filter((part) => {
    const order = byId.get(part.order_id)!
    return (
      order.canceled && !order.uncaptured && !order.booked && !order.refunded
    )
  })
  let excess = covered.minus(total(accounted))
  const refund: CapturePlan["refund"] = []
  for (const part of pending) {
    const amount = new BigNumber(part.amount)
    if (amount.gt(0) && amount.lte(excess)) {
      refund.push(part)
      excess = excess.minus(amount)
    }
  }
  return {
    partial_amount:
      captured === null && anyCanceled ? total(live).toFixed() : null,
    live,
    refund,
  }
}
