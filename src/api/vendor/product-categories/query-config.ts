import { referenceListConfig } from "../reference-data/reference-list"

/** What a seller needs to pick one: nothing beyond these fields can be selected. */
export const vendorProductCategoryFields = [
  "id",
  "name",
  "handle",
  "parent_category_id",
]

export const listTransformQueryConfig = referenceListConfig(
  vendorProductCategoryFields
)
