import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSellerResourceIds } from "../../../workflows/catalog/utils/seller-resources"
import { createVendorStockLocationWorkflow } from "../../../workflows/catalog/workflows/create-vendor-stock-location"
import type { VendorRequest } from "../seller-context"
import { refetchStockLocation } from "./helpers"
import type { VendorCreateStockLocationType } from "./validators"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const ids = await listSellerResourceIds(req.scope, "stock_location", req.seller_context.seller_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stock_locations, metadata } = await query.graph({
    entity: "stock_location",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    stock_locations,
    count: metadata?.count ?? stock_locations.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}

export const POST = async (
  req: VendorRequest<VendorCreateStockLocationType>,
  res: MedusaResponse
) => {
  const { result } = await createVendorStockLocationWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, location: req.validatedBody },
  })
  const stock_location = await refetchStockLocation(result.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ stock_location })
}
