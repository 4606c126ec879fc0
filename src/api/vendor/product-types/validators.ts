import { referenceListParams } from "../reference-data/reference-list"

export const VendorGetProductTypesParams = referenceListParams("value")
