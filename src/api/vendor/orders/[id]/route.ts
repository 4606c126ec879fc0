import type { MedusaResponse } from "@medusajs/framework/http"
import { assertSellerOwns } from "../../../../workflows/catalog/seller-resources"
import type { VendorRequest } from "../../seller-context"
import { refetchVendorOrder } from "../helpers"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await assertSellerOwns(req.scope, "order", req.seller_context.seller_id, [req.params.id])
  const order = await refetchVendorOrder(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ order })
}
