import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorCreateProductVariantResponse } from "../../../../../types/http"
import { createVendorProductVariantWorkflow } from "../../../../../workflows/catalog/workflows/create-vendor-product-variant"
import { refetchOne } from "../../../../utils/refetch-one"
import type { VendorRequest } from "../../../seller-context"
import type { VendorCreateProductVariantType } from "../../validators"

/** Adds a variant (prices per currency, stock per own location); answers the product, like Medusa's admin route. */
export const POST = async (
  req: VendorRequest<VendorCreateProductVariantType>,
  res: MedusaResponse<VendorCreateProductVariantResponse>
) => {
  const { inventory_levels, ...variant } = req.validatedBody
  const { result: variantId } = await createVendorProductVariantWorkflow(
    req.scope
  ).run({
    input: {
      seller_id: req.seller_context.seller_id,
      product_id: req.params.id,
      variant,
      inventory_levels,
    },
  })
  const product = await refetchOne<
    VendorCreateProductVariantResponse["product"]
  >("product", req.params.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ product, variant_id: variantId })
}
