/** Never the token hash. */
export const vendorInviteFields = [
  "id",
  "email",
  "role",
  "expires_at",
  "accepted_at",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: vendorInviteFields,
  allowed: vendorInviteFields,
  defaultLimit: 20,
  isList: true,
}
