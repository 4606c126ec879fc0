import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  VendorProductDeleteResponse,
  VendorProductResponse,
  VendorUpdateProductResponse,
} from "../../../../types/http"
import { deleteVendorProductWorkflow } from "../../../../workflows/catalog/workflows/delete-vendor-product"
import { updateVendorProductWorkflow } from "../../../../workflows/catalog/workflows/update-vendor-product"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"
import type { VendorUpdateProductType } from "../validators"

/** One of the seller's products (ownership: the route's middlewares). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorProductResponse>
) => {
  const product = await refetchOne<VendorProductResponse["product"]>(
    "product",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ product })
}

/**
 * Updates the product and says what did not apply at once: `publication: { outcome,
 * request_id }` when `status: "published"` was asked, `review: { request_id, fields }`
 * when changes to a published product wait for an admin (both null otherwise).
 */
export const POST = async (
  req: VendorRequest<VendorUpdateProductType>,
  res: MedusaResponse<VendorUpdateProductResponse>
) => {
  const { result } = await updateVendorProductWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      product_id: req.params.id,
      update: req.validatedBody,
    },
  })
  const product = await refetchOne<VendorUpdateProductResponse["product"]>(
    "product",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ product, publication: result.publication, review: result.review })
}

export const DELETE = async (
  req: VendorRequest,
  res: MedusaResponse<VendorProductDeleteResponse>
) => {
  await deleteVendorProductWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      product_id: req.params.id,
    },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
