import type { MedusaResponse } from "@medusajs/framework/http"
import { completeVendorOrderWorkflow } from "../../../../../workflows/vendor-orders/workflows/complete-vendor-order"
import type { VendorRequest } from "../../../seller-context"
import { refetchVendorOrder } from "../../helpers"

export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  await completeVendorOrderWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, order_id: req.params.id },
  })
  const order = await refetchVendorOrder(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ order })
}
