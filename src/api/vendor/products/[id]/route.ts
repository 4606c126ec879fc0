import type { MedusaResponse } from "@medusajs/framework/http"
import { assertSellerOwns } from "../../../../workflows/catalog/utils/seller-resources"
import { deleteVendorProductWorkflow } from "../../../../workflows/catalog/workflows/delete-vendor-product"
import { updateVendorProductWorkflow } from "../../../../workflows/catalog/workflows/update-vendor-product"
import type { VendorRequest } from "../../seller-context"
import { refetchVendorProduct } from "../helpers"
import type { VendorUpdateProductType } from "../validators"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await assertSellerOwns(req.scope, "product", req.seller_context.seller_id, [req.params.id])
  const product = await refetchVendorProduct(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ product })
}

/**
 * Updates the product; `status: "published"` goes through publication, so the answer
 * also says what happened: `publication: { outcome, request_id }` (null otherwise).
 */
export const POST = async (req: VendorRequest<VendorUpdateProductType>, res: MedusaResponse) => {
  const { result: publication } = await updateVendorProductWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      product_id: req.params.id,
      update: req.validatedBody,
    },
  })
  const product = await refetchVendorProduct(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ product, publication })
}

export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  await deleteVendorProductWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, product_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
