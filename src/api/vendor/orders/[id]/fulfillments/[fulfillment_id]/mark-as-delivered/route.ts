import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorOrderResponse } from "../../../../../../../types/http"
import { markVendorFulfillmentDeliveredWorkflow } from "../../../../../../../workflows/vendor-orders/workflows/mark-vendor-fulfillment-delivered"
import { refetchOne } from "../../../../../../utils/refetch-one"
import type { VendorRequest } from "../../../../../seller-context"
import type { VendorMarkFulfillmentDeliveredType } from "../../../../validators"

/** Marks a fulfillment of the order delivered (Medusa's markOrderFulfillmentAsDeliveredWorkflow). */
export const POST = async (
  req: VendorRequest<VendorMarkFulfillmentDeliveredType>,
  res: MedusaResponse<VendorOrderResponse>
) => {
  await markVendorFulfillmentDeliveredWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
      no_notification: req.validatedBody.no_notification,
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
