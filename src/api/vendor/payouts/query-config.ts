export const vendorPayoutFields = [
  "id",
  "currency_code",
  "amount",
  "status",
  "provider",
  "provider_reference",
  "failure_reason",
  "paid_at",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: vendorPayoutFields,
  allowed: vendorPayoutFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: vendorPayoutFields,
  allowed: vendorPayoutFields,
  isList: false,
}
