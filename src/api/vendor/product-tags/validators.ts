import { referenceListParams } from "../reference-data/reference-list"

export const VendorGetProductTagsParams = referenceListParams("value")
