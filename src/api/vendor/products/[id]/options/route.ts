import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorProductResponse } from "../../../../../types/http"
import { createVendorProductOptionWorkflow } from "../../../../../workflows/catalog/workflows/create-vendor-product-option"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"
import type { VendorCreateProductOptionType } from "../../validators"

/** Adds a new option with its values to the product (existing variants get no value for it); answers the product. */
export const POST = async (
  req: VendorRequest<VendorCreateProductOptionType>,
  res: MedusaResponse<VendorProductResponse>
) => {
  await createVendorProductOptionWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      product_id: req.params.id,
      option: req.validatedBody,
    },
  })
  const product = await refetchOne<VendorProductResponse["product"]>(
    "product",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(201).json({ product })
}
