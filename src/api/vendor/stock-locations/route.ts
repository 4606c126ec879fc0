import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createVendorStockLocationWorkflow } from "../../../workflows/catalog/workflows/create-vendor-stock-location"
import { refetchOne } from "../../utils/refetch-one"
import type { VendorRequest } from "../seller-context"
import type { VendorCreateStockLocationType } from "./validators"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stock_locations, metadata } = await query.graph({
    entity: "stock_location",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
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
  const stock_location = await refetchOne("stock_location", result.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ stock_location })
}
