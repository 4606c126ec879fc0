import { allowedFields } from "../allowed-fields"

export const vendorStockLocationFields = [
  "id",
  "name",
  "metadata",
  "created_at",
  "updated_at",
  "*address",
  "fulfillment_sets.id",
  "fulfillment_sets.name",
  "fulfillment_sets.type",
  "fulfillment_sets.service_zones.id",
  "fulfillment_sets.service_zones.name",
  "fulfillment_sets.service_zones.geo_zones.country_code",
]

export const listTransformQueryConfig = {
  defaults: vendorStockLocationFields,
  allowed: allowedFields(vendorStockLocationFields),
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: vendorStockLocationFields,
  allowed: allowedFields(vendorStockLocationFields),
  isList: false,
}
