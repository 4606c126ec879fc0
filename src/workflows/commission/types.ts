import type { CommissionKind, CommissionTarget } from "../../modules/commission"

/** The writable fields of a commission rule; amounts as numbers in the currency's main unit. */
export type CommissionRuleData = {
  name?: string | null
  seller_id?: string | null
  product_type_id?: string | null
  product_category_id?: string | null
  fee_type?: string
  target?: CommissionTarget
  kind?: CommissionKind
  value?: number
  min_amount?: number | null
  max_amount?: number | null
  currency_code?: string | null
  active?: boolean
  metadata?: Record<string, unknown> | null
}
