import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorShippingOptionResponse } from "../../../../types/http"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"

/** One of the seller's shipping options (ownership: the route's middlewares). */
export const GET = async (req: VendorRequest, res: MedusaResponse<VendorShippingOptionResponse>) => {
  const shipping_option = await refetchOne<VendorShippingOptionResponse["shipping_option"]>(
    "shipping_option", req.params.id, req.scope, req.queryConfig.fields
  )
  res.json({ shipping_option })
}
