import type { MedusaResponse } from "@medusajs/framework/http"
import { markVendorFulfillmentDeliveredWorkflow } from "../../../../../../../workflows/vendor-orders/workflows/mark-vendor-fulfillment-delivered"
import type { VendorRequest } from "../../../../../seller-context"
import { refetchVendorOrder } from "../../../../helpers"
import type { VendorMarkFulfillmentDeliveredType } from "../../../../validators"

export const POST = async (req: VendorRequest<VendorMarkFulfillmentDeliveredType>, res: MedusaResponse) => {
  await markVendorFulfillmentDeliveredWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
      no_notification: req.validatedBody.no_notification,
    },
  })
  const order = await refetchVendorOrder(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ order })
}
