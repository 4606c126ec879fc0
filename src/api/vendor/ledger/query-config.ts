export const vendorLedgerEntryFields = [
  "id",
  "currency_code",
  "amount",
  "type",
  "reference",
  "available_at",
  "created_at",
]

export const listTransformQueryConfig = {
  defaults: vendorLedgerEntryFields,
  allowed: vendorLedgerEntryFields,
  defaultLimit: 20,
  isList: true,
}
