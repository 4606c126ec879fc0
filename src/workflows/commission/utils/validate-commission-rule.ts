import type { CommissionKind } from "../../../modules/commission"

type RuleShape = {
  kind: CommissionKind
  value: number
  min_amount?: number | null
  max_amount?: number | null
  currency_code?: string | null
}

/**
 * Why a rule (after an update, the merged rule) is not usable, or null. Amounts only
 * mean something in one currency, so flat rules and min/max need a currency.
 */
export function commissionRuleProblem(rule: RuleShape): string | null {
  if (rule.kind === "percentage" && (rule.value < 0 || rule.value > 100)) {
    return "A percentage rule's value must be between 0 and 100"
  }
  if (rule.kind === "flat" && !rule.currency_code) {
    return "A flat rule needs a currency_code"
  }
  const hasBounds = rule.min_amount != null || rule.max_amount != null
  if (hasBounds && !rule.currency_code) {
    return "min_amount and max_amount need a currency_code"
  }
  if (
    rule.min_amount != null &&
    rule.max_amount != null &&
    rule.min_amount > rule.max_amount
  ) {
    return "min_amount cannot be greater than max_amount"
  }
  return null
}
