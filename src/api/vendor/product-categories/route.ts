import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorProductCategoryListResponse } from "../../../types/http"
import { listReferences } from "../reference-data/reference-list"
import type { VendorRequest } from "../seller-context"

/** The marketplace's active, public categories to file products under (searched by name with `q`). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorProductCategoryListResponse>
) => {
  const { data, ...page } = await listReferences<
    VendorProductCategoryListResponse["product_categories"][number]
  >(req, "product_category", { is_active: true, is_internal: false })
  res.json({ product_categories: data, ...page })
}
