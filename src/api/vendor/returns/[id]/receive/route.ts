import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorReceiveReturnResponse } from "../../../../../types/http"
import { receiveVendorReturnWorkflow } from "../../../../../workflows/vendor-returns/workflows/receive-vendor-return"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"
import type { VendorReceiveReturnType } from "../../validators"

/**
 * Receives the return's items (all it still expects, or the given ones) into the seller's
 * stock and refunds what they were paid: `{ return, refund: { id, amount } | null }`.
 */
export const POST = async (
  req: VendorRequest<VendorReceiveReturnType>,
  res: MedusaResponse<VendorReceiveReturnResponse>
) => {
  const { result } = await receiveVendorReturnWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      return_id: req.params.id,
      items: req.validatedBody.items,
    },
  })
  const orderReturn = await refetchOne<VendorReceiveReturnResponse["return"]>(
    "return",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({
    return: orderReturn,
    refund: result.refund
      ? { id: result.refund.id, amount: Number(result.refund.amount) }
      : null,
  })
}
