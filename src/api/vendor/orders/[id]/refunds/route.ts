import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRefundOrderResponse } from "../../../../../types/http"
import { refundVendorOrderWorkflow } from "../../../../../workflows/vendor-orders/workflows/refund-vendor-order"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"
import type { VendorRefundOrderType } from "../../validators"

/** A goodwill refund of part of the order, bounded by what the order was paid minus earlier refunds. */
export const POST = async (
  req: VendorRequest<VendorRefundOrderType>,
  res: MedusaResponse<VendorRefundOrderResponse>
) => {
  const { result } = await refundVendorOrderWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      order_id: req.params.id,
      amount: req.validatedBody.amount,
      note: req.validatedBody.note,
    },
  })
  const order = await refetchOne<VendorRefundOrderResponse["order"]>(
    "order",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({
    refund: {
      id: result.refund_id,
      order_id: req.params.id,
      amount: Number(result.amount),
    },
    order,
  })
}
