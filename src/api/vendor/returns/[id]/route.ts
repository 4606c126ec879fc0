import type { MedusaResponse } from "@medusajs/framework/http"
import { retrieveSellerReturn } from "../../../../workflows/vendor-returns/seller-returns"
import type { VendorRequest } from "../../seller-context"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const orderReturn = await retrieveSellerReturn(req.scope, req.seller_context.seller_id, req.params.id, req.queryConfig.fields)
  res.json({ return: orderReturn })
}
