import type { MedusaResponse } from "@medusajs/framework/http"
import { createVendorProductVariantWorkflow } from "../../../../../workflows/catalog/workflows/create-vendor-product-variant"
import type { VendorRequest } from "../../../seller-context"
import { refetchVendorProduct } from "../../helpers"
import type { VendorCreateProductVariantType } from "../../validators"

/** Adds a variant (prices per currency, stock per own location); answers the product, like Medusa's admin route. */
export const POST = async (req: VendorRequest<VendorCreateProductVariantType>, res: MedusaResponse) => {
  const { inventory_levels, ...variant } = req.validatedBody
  const { result: variantId } = await createVendorProductVariantWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, product_id: req.params.id, variant, inventory_levels },
  })
  const product = await refetchVendorProduct(req.params.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ product, variant_id: variantId })
}
