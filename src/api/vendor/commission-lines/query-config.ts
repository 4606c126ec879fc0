/** What a seller sees of its commission: everything but other sellers' data (none is linked). */
export const vendorCommissionLineFields = [
  "id",
  "order_id",
  "target",
  "reference_id",
  "line_item_id",
  "rule_id",
  "fee_type",
  "currency_code",
  "base_amount",
  "amount",
  "rate_kind",
  "rate_value",
  "rate_min_amount",
  "rate_max_amount",
  "created_at",
]

export const listTransformQueryConfig = {
  defaults: vendorCommissionLineFields,
  allowed: vendorCommissionLineFields,
  defaultLimit: 20,
  isList: true,
}
