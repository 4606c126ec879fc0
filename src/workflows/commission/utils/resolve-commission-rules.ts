import type { CommissionTarget } from "../../../modules/commission"

export type RuleCandidate = {
  id: string
  seller_id: string | null
  product_type_id: string | null
  product_category_id: string | null
  fee_type: string
  target: CommissionTarget
  currency_code: string | null
  active: boolean
  created_at: Date | string
}

/** What is known about the line being charged. */
export type LineScope = {
  target: CommissionTarget
  seller_id: string
  currency_code: string
  product_type_id?: string | null
  /** A product may sit in several categories; a category rule matches any of them. */
  product_category_ids?: string[]
}

function matches(rule: RuleCandidate, line: LineScope): boolean {
  return (
    rule.active &&
    rule.target === line.target &&
    (rule.currency_code === null ||
      rule.currency_code === line.currency_code) &&
    (rule.seller_id === null || rule.seller_id === line.seller_id) &&
    (rule.product_type_id === null ||
      rule.product_type_id === line.product_type_id) &&
    (rule.product_category_id === null ||
      (line.product_category_ids ?? []).includes(rule.product_category_id))
  )
}

function specificity(rule: RuleCandidate): number {
  return [
    rule.seller_id,
    rule.product_type_id,
    rule.product_category_id,
  ].filter((field) => field !== null).length
}

/** More scope fields first, then the newest rule, then the id so the order is total. */
function moreSpecificFirst(a: RuleCandidate, b: RuleCandidate): number {
  return (
    specificity(b) - specificity(a) ||
    new Date(b.created_at).getTime() - new Date(a.created_at).getTime() ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  )
}

/**
 * The rule that applies to a line for each fee type: several fee types stack (a sales
 * commission and a platform fee), but within one fee type only the most specific
 * matching rule counts.
 */
export function resolveCommissionRules<Rule extends RuleCandidate>(
  rules: Rule[],
  line: LineScope
): Rule[] {
  const winners = new Map<string, Rule>()
  for (const rule of rules
    .filter((rule) => matches(rule, line))
    .sort(moreSpecificFirst)) {
    if (!winners.has(rule.fee_type)) {
      winners.set(rule.fee_type, rule)
    }
  }
  return [...winners.values()]
}
