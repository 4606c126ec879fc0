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

export const adminSellerMemberFields = [
  "id",
  "email",
  "name",
  "role",
  "created_at",
  "updated_at",
]

export const membersTransformQueryConfig = {
  defaults: adminSellerMemberFields,
  allowed: adminSellerMemberFields,
  defaultLimit: 20,
  isList: true,
}

/** Never the token hash. */
export const adminSellerInviteFields = [
  "id",
  "email",
  "role",
  "expires_at",
  "accepted_at",
  "created_at",
]
export const invitesTransformQueryConfig = {
  defaults: adminSellerInviteFields,
  allowed: adminSellerInviteFields,
  defaultLimit: 20,
  isList: true,
}

export const adminSellerLedgerFields = [
  "id",
  "currency_code",
  "amount",
  "type",
  "reference",
  "available_at",
  "created_at",
]
export const ledgerTransformQueryConfig = {
  defaults: adminSellerLedgerFields,
  defaultLimit: 20,
  isList: true,
}

export const adminSellerProductFields = [
  "id",
  "title",
  "handle",
  "status",
  "thumbnail",
  "created_at",
]
export const productsTransformQueryConfig = {
  defaults: adminSellerProductFields,
  defaultLimit: 10,
  isList: true,
}

export const adminSellerOrderFields = [
  "id",
  "display_id",
  "status",
  "payment_status",
  "fulfillment_status",
  "email",
  "currency_code",
  "total",
  "created_at",
]
export const ordersTransformQueryConfig = {
  defaults: adminSellerOrderFields,
  defaultLimit: 10,
  isList: true,
}
