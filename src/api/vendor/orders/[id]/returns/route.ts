import type { MedusaResponse } from "@medusajs/framework/http"
import { retrieveSellerReturn } from "../../../../../workflows/vendor-returns/seller-returns"
import { createVendorReturnWorkflow } from "../../../../../workflows/vendor-returns/workflows/create-vendor-return"
import type { VendorRequest } from "../../../seller-context"
import type { VendorCreateReturnType } from "../../validators"

/** Opens a return of the order's fulfilled items; it waits to be received (`POST /vendor/returns/:id/receive`). */
export const POST = async (req: VendorRequest<VendorCreateReturnType>, res: MedusaResponse) => {
  const { result: returnId } = await createVendorReturnWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      order_id: req.params.id,
    },
  })
  const orderReturn = await retrieveSellerReturn(req.scope, req.seller_context.seller_id, returnId, req.queryConfig.fields)
  res.status(201).json({ return: orderReturn })
}
