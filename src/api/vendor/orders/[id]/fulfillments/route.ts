import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorCreateFulfillmentResponse } from "../../../../../types/http"
import { fulfillVendorOrderWorkflow } from "../../../../../workflows/vendor-orders/workflows/fulfill-vendor-order"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"
import type { VendorCreateFulfillmentType } from "../../validators"

export const POST = async (
  req: VendorRequest<VendorCreateFulfillmentType>,
  res: MedusaResponse<VendorCreateFulfillmentResponse>
) => {
  const { result: fulfillment } = await fulfillVendorOrderWorkflow(
    req.scope
  ).run({
    input: {
      ...req.validatedBody,
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      order_id: req.params.id,
    },
  })
  const order = await refetchOne<VendorCreateFulfillmentResponse["order"]>(
    "order",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(201).json({ order, fulfillment_id: fulfillment.id })
}
