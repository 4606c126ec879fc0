/** Events of the commission module's workflows. */
export const CommissionEvents = {
  /** Data `{ order_id, seller_id, amount, currency_code }` after an order's lines were (re)computed. */
  CALCULATED: "commission.calculated",
} as const

export type CommissionCalculatedData = {
  order_id: string
  seller_id: string
  currency_code: string
  /** Sum of the order's commission lines, a decimal string. */
  amount: string
}
