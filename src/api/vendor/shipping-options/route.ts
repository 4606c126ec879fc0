import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  VendorShippingOptionListResponse,
  VendorShippingOptionResponse,
} from "../../../types/http"
import { createVendorShippingOptionWorkflow } from "../../../workflows/catalog/workflows/create-vendor-shipping-option"
import { listPage } from "../../utils/list-page"
import { refetchOne } from "../../utils/refetch-one"
import type { VendorRequest } from "../seller-context"
import type { VendorCreateShippingOptionType } from "./validators"

export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorShippingOptionListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: shipping_options, metadata } = await query.graph({
    entity: "shipping_option",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    shipping_options,
    ...listPage(metadata, req.queryConfig.pagination, shipping_options.length),
  })
}

export const POST = async (
  req: VendorRequest<VendorCreateShippingOptionType>,
  res: MedusaResponse<VendorShippingOptionResponse>
) => {
  const { result } = await createVendorShippingOptionWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, ...req.validatedBody },
  })
  const shipping_option = await refetchOne<
    VendorShippingOptionResponse["shipping_option"]
  >("shipping_option", result.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ shipping_option })
}
