export const adminSellerListFields = [
  "id",
  "name",
  "handle",
  "email",
  "description",
  "logo_url",
  "logo_file_id",
  "phone",
  "address_line_1",
  "address_line_2",
  "city",
  "postal_code",
  "province",
  "country_code",
  "tax_id",
  "status",
  "status_reason",
  "approved_at",
  "metadata",
  "created_at",
  "updated_at",
]

export const adminSellerFields = [
  ...adminSellerListFields,
  "members.id",
  "members.email",
  "members.name",
  "members.role",
]

export const listTransformQueryConfig = {
  defaults: adminSellerListFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: adminSellerFields,
  isList: false,
}
