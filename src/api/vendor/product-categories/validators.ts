import { referenceListParams } from "../reference-data/reference-list"

export const VendorGetProductCategoriesParams = referenceListParams("name")
