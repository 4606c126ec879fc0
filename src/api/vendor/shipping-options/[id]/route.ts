import type { MedusaResponse } from "@medusajs/framework/http"
import { assertSellerOwns } from "../../../../workflows/catalog/seller-resources"
import { deleteVendorShippingOptionWorkflow } from "../../../../workflows/catalog/workflows/delete-vendor-shipping-option"
import { updateVendorShippingOptionWorkflow } from "../../../../workflows/catalog/workflows/update-vendor-shipping-option"
import type { VendorRequest } from "../../seller-context"
import { refetchShippingOption } from "../helpers"
import type { VendorUpdateShippingOptionType } from "../validators"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await assertSellerOwns(req.scope, "shipping_option", req.seller_context.seller_id, [req.params.id])
  const shipping_option = await refetchShippingOption(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ shipping_option })
}

export const POST = async (req: VendorRequest<VendorUpdateShippingOptionType>, res: MedusaResponse) => {
  await updateVendorShippingOptionWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.seller_context.seller_id, shipping_option_id: req.params.id },
  })
  const shipping_option = await refetchShippingOption(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ shipping_option })
}

export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  await deleteVendorShippingOptionWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, shipping_option_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "shipping_option", deleted: true })
}
