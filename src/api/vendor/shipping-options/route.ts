import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSellerResourceIds } from "../../../workflows/catalog/utils/seller-resources"
import { createVendorShippingOptionWorkflow } from "../../../workflows/catalog/workflows/create-vendor-shipping-option"
import type { VendorRequest } from "../seller-context"
import { refetchShippingOption } from "./helpers"
import type { VendorCreateShippingOptionType } from "./validators"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const ids = await listSellerResourceIds(req.scope, "shipping_option", req.seller_context.seller_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: shipping_options, metadata } = await query.graph({
    entity: "shipping_option",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    shipping_options,
    count: metadata?.count ?? shipping_options.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}

export const POST = async (
  req: VendorRequest<VendorCreateShippingOptionType>,
  res: MedusaResponse
) => {
  const { result } = await createVendorShippingOptionWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, ...req.validatedBody },
  })
  const shipping_option = await refetchShippingOption(result.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ shipping_option })
}
