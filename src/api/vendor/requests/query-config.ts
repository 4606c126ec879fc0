export const vendorRequestFields = [
  "id",
  "type",
  "seller_id",
  "payload",
  "status",
  "submitted_by",
  "reviewer_note",
  "reviewed_at",
  "resource_id",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: vendorRequestFields,
  allowed: vendorRequestFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: vendorRequestFields,
  allowed: vendorRequestFields,
  isList: false,
}
