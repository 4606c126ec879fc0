/** Public fields only: no email, phone, tax id or status details. */
export const storeSellerFields = [
  "id",
  "name",
  "handle",
  "description",
  "logo_url",
  "city",
  "country_code",
  "created_at",
]

export const listTransformQueryConfig = {
  defaults: storeSellerFields,
  allowed: storeSellerFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: storeSellerFields,
  allowed: storeSellerFields,
  isList: false,
}

/** The products shown with a seller on `GET /store/sellers/:handle`. */
export const storeSellerProductFields = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "created_at",
]
export const SELLER_PRODUCTS_LIMIT = 50
