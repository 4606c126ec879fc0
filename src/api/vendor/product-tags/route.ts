import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorProductTagListResponse } from "../../../types/http"
import { listReferences } from "../reference-data/reference-list"
import type { VendorRequest } from "../seller-context"

/** The marketplace's product tags (searched with `q`). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorProductTagListResponse>
) => {
  const { data, ...page } = await listReferences<
    VendorProductTagListResponse["product_tags"][number]
  >(req, "product_tag")
  res.json({ product_tags: data, ...page })
}
