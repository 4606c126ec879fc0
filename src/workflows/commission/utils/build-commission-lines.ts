import BigNumber from "bignumber.js"
import { computeCommissionAmount } from "./compute-commission-amount"
import type {
  CommissionKind,
  CommissionTarget,
} from "../../../modules/commission"
import {
  LineScope,
  resolveCommissionRules,
  RuleCandidate,
} from "./resolve-commission-rules"

export type CommissionRuleInput = RuleCandidate & {
  kind: CommissionKind
  value: BigNumber.Value
  min_amount: BigNumber.Value | null
  max_amount: BigNumber.Value | null
}

/** An order reduced to what commission needs; amounts are net of discounts, excluding tax. */
export type CommissionOrder = {
  id: string
  seller_id: string
  currency_code: string
  /** Digits of the currency's minor unit (2 for EUR, 0 for JPY). */
  decimal_digits: number
  items: {
    id: string
    product_type_id: string | null
    product_category_ids: string[]
    net_amount: BigNumber.Value
  }[]
  shipping_methods: { id: string; net_amount: BigNumber.Value }[]
}

export type CommissionLineInput = {
  order_id: string
  seller_id: string
  target: CommissionTarget
  reference_id: string
  line_item_id: string | null
  rule_id: string
  fee_type: string
  currency_code: string
  base_amount: string
  amount: string
  rate_kind: CommissionKind
  rate_value: string
  rate_min_amount: string | null
  rate_max_amount: string | null
}

/**
 * Every commission line of one seller order: per item and fee type the most specific
 * rule, per shipping method the shipping rules, and once per order the order-level fees
 * (charged on the order's net total). Lines of zero are kept out.
 */
export function buildCommissionLines(
  order: CommissionOrder,
  rules: CommissionRuleInput[]
): CommissionLineInput[] {
  const lines: CommissionLineInput[] = []
  const charge = (
    scope: Omit<LineScope, "seller_id" | "currency_code">,
    referenceId: string,
    lineItemId: string | null,
    base: BigNumber.Value
  ) => {
    const line = {
      ...scope,
      seller_id: order.seller_id,
      currency_code: order.currency_code,
    }
    for (const rule of resolveCommissionRules(rules, line)) {
      const amount = computeCommissionAmount(rule, base, order.decimal_digits)
      if (amount.isZero()) {
        continue
      }
      lines.push({
        order_id: order.id,
        seller_id: order.seller_id,
        target: scope.target,
        reference_id: referenceId,
        line_item_id: lineItemId,
        rule_id: rule.id,
        fee_type: rule.fee_type,
        currency_code: order.currency_code,
        base_amount: new BigNumber(base).toFixed(),
        amount: amount.toFixed(),
        rate_kind: rule.kind,
        rate_value: new BigNumber(rule.value).toFixed(),
        rate_min_amount:
          rule.min_amount == null
            ? null
            : new BigNumber(rule.min_amount).toFixed(),
        rate_max_amount:
          rule.max_amount == null
            ? null
            : new BigNumber(rule.max_amount).toFixed(),
      })
    }
  }

  for (const item of order.items) {
    charge(
      {
        target: "item",
        product_type_id: item.product_type_id,
        product_category_ids: item.product_category_ids,
      },
      item.id,
      item.id,
      item.net_amount
    )
  }
  for (const method of order.shipping_methods) {
    charge({ target: "shipping" }, method.id, null, method.net_amount)
  }
  const orderNet = [...order.items, ...order.shipping_methods].reduce(
    (sum, line) => sum.plus(line.net_amount),
    new BigNumber(0)
  )
  charge({ target: "order" }, order.id, null, orderNet)
  return lines
}
