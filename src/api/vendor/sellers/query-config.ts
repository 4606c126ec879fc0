export const vendorSellerFields = [
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

export const retrieveTransformQueryConfig = {
  defaults: vendorSellerFields,
  allowed: vendorSellerFields,
  isList: false,
}
