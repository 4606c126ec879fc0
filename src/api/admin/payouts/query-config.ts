export const adminPayoutFields = [
  "id",
  "seller_id",
  "currency_code",
  "amount",
  "status",
  "provider",
  "provider_reference",
  "idempotency_key",
  "failure_reason",
  "paid_at",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: adminPayoutFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: adminPayoutFields,
  isList: false,
}
