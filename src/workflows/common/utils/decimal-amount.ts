import BigNumber from "bignumber.js"

/** An amount as Query returns it: a number, a decimal string or a Medusa BigNumber. */
export type AmountValue =
  | number
  | string
  | { raw?: { value: string | number }; numeric?: number }
  | null
  | undefined

/** The exact decimal of an amount; a Medusa BigNumber's raw value keeps every digit. */
export function decimalAmount(value: AmountValue): BigNumber {
  if (value === null || value === undefined) {
    return new BigNumber(0)
  }
  if (typeof value === "object") {
    return new BigNumber(value.raw?.value ?? value.numeric ?? 0)
  }
  return new BigNumber(value)
}

/** A module record's `amount`, read from its `raw_amount` column when present. */
export function recordAmount(record: {
  amount: unknown
  raw_amount?: unknown
}): BigNumber {
  const raw = record.raw_amount as
    { value?: string | number } | null | undefined
  return new BigNumber(raw?.value ?? String(record.amount))
}
