export const adminCommissionRuleFields = [
  "id",
  "name",
  "seller_id",
  "product_type_id",
  "product_category_id",
  "fee_type",
  "target",
  "kind",
  "value",
  "min_amount",
  "max_amount",
  "currency_code",
  "active",
  "metadata",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: adminCommissionRuleFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: adminCommissionRuleFields,
  isList: false,
}
