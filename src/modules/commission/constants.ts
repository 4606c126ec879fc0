/** How a rule charges: a percent of the line, or a flat amount in the rule's currency. */
export const CommissionKind = {
  PERCENTAGE: "percentage",
  FLAT: "flat",
} as const
export type CommissionKind =
  (typeof CommissionKind)[keyof typeof CommissionKind]
export const COMMISSION_KINDS = [
  CommissionKind.PERCENTAGE,
  CommissionKind.FLAT,
] as const

/** What a rule is charged on: each line item, each shipping method, or once per seller order. */
export const CommissionTarget = {
  ITEM: "item",
  SHIPPING: "shipping",
  ORDER: "order",
} as const
export type CommissionTarget =
  (typeof CommissionTarget)[keyof typeof CommissionTarget]
export const COMMISSION_TARGETS = [
  CommissionTarget.ITEM,
  CommissionTarget.SHIPPING,
  CommissionTarget.ORDER,
] as const

/** The fee type of the global rule created on first start. */
export const DEFAULT_FEE_TYPE = "sales"
