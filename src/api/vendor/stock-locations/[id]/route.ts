import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorStockLocationResponse } from "../../../../types/http"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"

/** One of the seller's stock locations (ownership: the route's middlewares). */
export const GET = async (req: VendorRequest, res: MedusaResponse<VendorStockLocationResponse>) => {
  const stock_location = await refetchOne<VendorStockLocationResponse["stock_location"]>(
    "stock_location", req.params.id, req.scope, req.queryConfig.fields
  )
  res.json({ stock_location })
}
