import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorOrderResponse } from "../../../../../../../types/http"
import { cancelVendorFulfillmentWorkflow } from "../../../../../../../workflows/vendor-orders/workflows/cancel-vendor-fulfillment"
import { refetchOne } from "../../../../../../utils/refetch-one"
import type { VendorRequest } from "../../../../../seller-context"
import type { VendorCancelFulfillmentType } from "../../../../validators"

/**
 * Cancels a fulfillment that has not shipped: its items are unfulfilled again and the stock
 * goes back to the seller's location (Medusa's cancelOrderFulfillmentWorkflow).
 */
export const POST = async (
  req: VendorRequest<VendorCancelFulfillmentType>,
  res: MedusaResponse<VendorOrderResponse>
) => {
  await cancelVendorFulfillmentWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
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
