import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  VendorShippingOptionDeleteResponse,
  VendorShippingOptionResponse,
} from "../../../../types/http"
import { deleteVendorShippingOptionWorkflow } from "../../../../workflows/catalog/workflows/delete-vendor-shipping-option"
import { updateVendorShippingOptionWorkflow } from "../../../../workflows/catalog/workflows/update-vendor-shipping-option"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"
import type { VendorUpdateShippingOptionType } from "../validators"

/** One of the seller's shipping options (ownership: the route's middlewares). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorShippingOptionResponse>
) => {
  const shipping_option = await refetchOne<
    VendorShippingOptionResponse["shipping_option"]
  >("shipping_option", req.params.id, req.scope, req.queryConfig.fields)
  res.json({ shipping_option })
}

/** Renames, reprices (prices replaced) or retypes the option. */
export const POST = async (
  req: VendorRequest<VendorUpdateShippingOptionType>,
  res: MedusaResponse<VendorShippingOptionResponse>
) => {
  await updateVendorShippingOptionWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      seller_id: req.seller_context.seller_id,
      shipping_option_id: req.params.id,
    },
  })
  const shipping_option = await refetchOne<
    VendorShippingOptionResponse["shipping_option"]
  >("shipping_option", req.params.id, req.scope, req.queryConfig.fields)
  res.json({ shipping_option })
}

/** Deletes the option; orders already placed keep their shipping method. */
export const DELETE = async (
  req: VendorRequest,
  res: MedusaResponse<VendorShippingOptionDeleteResponse>
) => {
  await deleteVendorShippingOptionWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      shipping_option_id: req.params.id,
    },
  })
  res.json({ id: req.params.id, object: "shipping_option", deleted: true })
}
