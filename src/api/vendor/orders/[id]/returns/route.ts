import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorReturnResponse } from "../../../../../types/http"
import { createVendorReturnWorkflow } from "../../../../../workflows/vendor-returns/workflows/create-vendor-return"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"
import type { VendorCreateReturnType } from "../../validators"

/** Opens a return of the order's fulfilled items; it waits to be received (`POST /vendor/returns/:id/receive`). */
export const POST = async (
  req: VendorRequest<VendorCreateReturnType>,
  res: MedusaResponse<VendorReturnResponse>
) => {
  const { result: returnId } = await createVendorReturnWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      order_id: req.params.id,
    },
  })
  const orderReturn = await refetchOne<VendorReturnResponse["return"]>(
    "return",
    returnId,
    req.scope,
    req.queryConfig.fields
  )
  res.status(201).json({ return: orderReturn })
}
