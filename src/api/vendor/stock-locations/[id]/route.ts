import type { MedusaResponse } from "@medusajs/framework/http"
import { assertSellerOwns } from "../../../../workflows/catalog/utils/seller-resources"
import type { VendorRequest } from "../../seller-context"
import { refetchStockLocation } from "../helpers"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await assertSellerOwns(req.scope, "stock_location", req.seller_context.seller_id, [req.params.id])
  const stock_location = await refetchStockLocation(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ stock_location })
}
