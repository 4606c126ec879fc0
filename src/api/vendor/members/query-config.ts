export const vendorMemberFields = [
  "id",
  "email",
  "name",
  "role",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: vendorMemberFields,
  allowed: vendorMemberFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: vendorMemberFields,
  allowed: vendorMemberFields,
  isList: false,
}
