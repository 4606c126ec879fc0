export const adminRequestFields = [
  "id",
  "type",
  "seller_id",
  "payload",
  "status",
  "submitted_by",
  "reviewer_id",
  "reviewer_note",
  "reviewed_at",
  "resource_id",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: adminRequestFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: adminRequestFields,
  isList: false,
}
