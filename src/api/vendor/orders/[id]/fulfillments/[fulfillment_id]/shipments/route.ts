import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorOrderResponse } from "../../../../../../../types/http"
import { shipVendorFulfillmentWorkflow } from "../../../../../../../workflows/vendor-orders/workflows/ship-vendor-fulfillment"
import { refetchOne } from "../../../../../../utils/refetch-one"
import type { VendorRequest } from "../../../../../seller-context"
import type { VendorCreateShipmentType } from "../../../../validators"

export const POST = async (
  req: VendorRequest<VendorCreateShipmentType>,
  res: MedusaResponse<VendorOrderResponse>
) => {
  await shipVendorFulfillmentWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
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
