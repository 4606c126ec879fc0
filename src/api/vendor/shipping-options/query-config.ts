import { allowedFields } from "../allowed-fields"

export const vendorShippingOptionFields = [
  "id",
  "name",
  "price_type",
  "service_zone_id",
  "shipping_profile_id",
  "provider_id",
  "created_at",
  "updated_at",
  "*type",
  "*prices",
  "*rules",
  "service_zone.fulfillment_set.location.id",
  "service_zone.fulfillment_set.location.name",
]

export const listTransformQueryConfig = {
  defaults: vendorShippingOptionFields,
  allowed: allowedFields(vendorShippingOptionFields),
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: vendorShippingOptionFields,
  allowed: allowedFields(vendorShippingOptionFields),
  isList: false,
}
