import type { MedusaResponse } from "@medusajs/framework/http"
import { assertSellerOwns } from "../../../../workflows/catalog/utils/seller-resources"
import type { VendorRequest } from "../../seller-context"
import { refetchShippingOption } from "../helpers"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await assertSellerOwns(req.scope, "shipping_option", req.seller_context.seller_id, [req.params.id])
  const shipping_option = await refetchShippingOption(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ shipping_option })
}
