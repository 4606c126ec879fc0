import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  VendorStockLocationListResponse,
  VendorStockLocationResponse,
} from "../../../types/http"
import { createVendorStockLocationWorkflow } from "../../../workflows/catalog/workflows/create-vendor-stock-location"
import { listPage } from "../../utils/list-page"
import { refetchOne } from "../../utils/refetch-one"
import type { VendorRequest } from "../seller-context"
import type { VendorCreateStockLocationType } from "./validators"

export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorStockLocationListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stock_locations, metadata } = await query.graph({
    entity: "stock_location",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    stock_locations,
    ...listPage(metadata, req.queryConfig.pagination, stock_locations.length),
  })
}

export const POST = async (
  req: VendorRequest<VendorCreateStockLocationType>,
  res: MedusaResponse<VendorStockLocationResponse>
) => {
  const { result } = await createVendorStockLocationWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      location: req.validatedBody,
    },
  })
  const stock_location = await refetchOne<
    VendorStockLocationResponse["stock_location"]
  >("stock_location", result.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ stock_location })
}
