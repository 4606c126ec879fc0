import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorProductTypeListResponse } from "../../../types/http"
import { listReferences } from "../reference-data/reference-list"
import type { VendorRequest } from "../seller-context"

/** The marketplace's product types (searched with `q`). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorProductTypeListResponse>
) => {
  const { data, ...page } = await listReferences<
    VendorProductTypeListResponse["product_types"][number]
  >(req, "product_type")
  res.json({ product_types: data, ...page })
}
