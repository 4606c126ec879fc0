import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorProductOptionDeleteResponse } from "../../../../../../types/http"
import { deleteVendorProductOptionWorkflow } from "../../../../../../workflows/catalog/workflows/delete-vendor-product-option"
import { refetchOne } from "../../../../../utils/refetch-one"
import type { VendorRequest } from "../../../../seller-context"

/**
 * Removes the option from the product (400 while a variant uses one of its values); answers
 * Medusa's delete body with the product as `parent`.
 */
export const DELETE = async (
  req: VendorRequest,
  res: MedusaResponse<VendorProductOptionDeleteResponse>
) => {
  await deleteVendorProductOptionWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      product_id: req.params.id,
      option_id: req.params.option_id,
    },
  })
  const parent = await refetchOne<VendorProductOptionDeleteResponse["parent"]>(
    "product",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({
    id: req.params.option_id,
    object: "product_option",
    deleted: true,
    parent,
  })
}
