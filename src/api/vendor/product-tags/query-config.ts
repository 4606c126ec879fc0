import { referenceListConfig } from "../reference-data/reference-list"

/** What a seller needs to pick one: nothing beyond these fields can be selected. */
export const vendorProductTagFields = ["id", "value"]

export const listTransformQueryConfig = referenceListConfig(
  vendorProductTagFields
)
