import { allowedFields } from "../allowed-fields"

export const vendorProductFields = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "discountable",
  "weight",
  "length",
  "height",
  "width",
  "hs_code",
  "origin_country",
  "mid_code",
  "material",
  "metadata",
  "created_at",
  "updated_at",
  "type_id",
  "collection_id",
  "type.id",
  "type.value",
  "collection.id",
  "collection.title",
  "collection.handle",
  "categories.id",
  "categories.name",
  "categories.handle",
  "tags.id",
  "tags.value",
  "*images",
  "*options",
  "*options.values",
  "*variants",
  "*variants.options",
  "*variants.prices",
]

export const listTransformQueryConfig = {
  defaults: vendorProductFields,
  allowed: allowedFields(vendorProductFields),
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: vendorProductFields,
  allowed: allowedFields(vendorProductFields),
  isList: false,
}

export const vendorInventoryLevelFields = [
  "id",
  "inventory_item_id",
  "location_id",
  "stocked_quantity",
  "reserved_quantity",
  "available_quantity",
  "incoming_quantity",
]
