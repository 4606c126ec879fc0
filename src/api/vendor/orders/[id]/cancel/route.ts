import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorOrderResponse } from "../../../../../types/http"
import { cancelVendorOrderWorkflow } from "../../../../../workflows/vendor-orders/workflows/cancel-vendor-order"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"

export const POST = async (
  req: VendorRequest,
  res: MedusaResponse<VendorOrderResponse>
) => {
  await cancelVendorOrderWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      order_id: req.params.id,
    },
  })
  const order = await refetchOne<VendorOrderResponse["order"]>(
    "order",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ order })
}
