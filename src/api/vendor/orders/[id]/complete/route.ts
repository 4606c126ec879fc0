import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorOrderResponse } from "../../../../../types/http"
import { completeVendorOrderWorkflow } from "../../../../../workflows/vendor-orders/workflows/complete-vendor-order"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"

/** Completes the order (Medusa's completeOrderWorkflow); a canceled or completed order is a 400. */
export const POST = async (
  req: VendorRequest,
  res: MedusaResponse<VendorOrderResponse>
) => {
  await completeVendorOrderWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, order_id: req.params.id },
  })
  const order = await refetchOne<VendorOrderResponse["order"]>(
    "order",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ order })
}
