import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  VendorProductResponse,
  VendorProductVariantDeleteResponse,
} from "../../../../../../types/http"
import { deleteVendorProductVariantWorkflow } from "../../../../../../workflows/catalog/workflows/delete-vendor-product-variant"
import { updateVendorProductVariantWorkflow } from "../../../../../../workflows/catalog/workflows/update-vendor-product-variant"
import { refetchOne } from "../../../../../utils/refetch-one"
import type { VendorRequest } from "../../../../seller-context"
import type { VendorUpdateProductVariantType } from "../../../validators"

/** Updates the variant (prices replaced, stock set per own location); answers the product. */
export const POST = async (
  req: VendorRequest<VendorUpdateProductVariantType>,
  res: MedusaResponse<VendorProductResponse>
) => {
  const { inventory_levels, ...update } = req.validatedBody
  await updateVendorProductVariantWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
      update,
      inventory_levels,
    },
  })
  const product = await refetchOne<VendorProductResponse["product"]>(
    "product",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ product })
}

/** Deletes the variant with its inventory item; answers Medusa's delete body with the product as `parent`. */
export const DELETE = async (
  req: VendorRequest,
  res: MedusaResponse<VendorProductVariantDeleteResponse>
) => {
  await deleteVendorProductVariantWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
    },
  })
  const parent = await refetchOne<VendorProductVariantDeleteResponse["parent"]>(
    "product",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({
    id: req.params.variant_id,
    object: "variant",
    deleted: true,
    parent,
  })
}
