import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelVendorFulfillmentWorkflow } from "../../../../../../../workflows/vendor-orders/workflows/cancel-vendor-fulfillment"
import type { VendorRequest } from "../../../../../seller-context"
import { refetchVendorOrder } from "../../../../helpers"
import type { VendorCancelFulfillmentType } from "../../../../validators"

export const POST = async (req: VendorRequest<VendorCancelFulfillmentType>, res: MedusaResponse) => {
  await cancelVendorFulfillmentWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
      no_notification: req.validatedBody.no_notification,
    },
  })
  const order = await refetchVendorOrder(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ order })
}
