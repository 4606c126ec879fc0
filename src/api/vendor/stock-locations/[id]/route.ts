import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  VendorStockLocationDeleteResponse,
  VendorStockLocationResponse,
} from "../../../../types/http"
import { deleteVendorStockLocationWorkflow } from "../../../../workflows/catalog/workflows/delete-vendor-stock-location"
import { updateVendorStockLocationWorkflow } from "../../../../workflows/catalog/workflows/update-vendor-stock-location"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"
import type { VendorUpdateStockLocationType } from "../validators"

/** One of the seller's stock locations (ownership: the route's middlewares). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorStockLocationResponse>
) => {
  const stock_location = await refetchOne<
    VendorStockLocationResponse["stock_location"]
  >("stock_location", req.params.id, req.scope, req.queryConfig.fields)
  res.json({ stock_location })
}

/** Renames or re-addresses the location. */
export const POST = async (
  req: VendorRequest<VendorUpdateStockLocationType>,
  res: MedusaResponse<VendorStockLocationResponse>
) => {
  await updateVendorStockLocationWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      location_id: req.params.id,
      update: req.validatedBody,
    },
  })
  const stock_location = await refetchOne<
    VendorStockLocationResponse["stock_location"]
  >("stock_location", req.params.id, req.scope, req.queryConfig.fields)
  res.json({ stock_location })
}

/** Deletes the location with its shipping options and stock levels; reserved stock is a 400. */
export const DELETE = async (
  req: VendorRequest,
  res: MedusaResponse<VendorStockLocationDeleteResponse>
) => {
  await deleteVendorStockLocationWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      location_id: req.params.id,
    },
  })
  res.json({ id: req.params.id, object: "stock_location", deleted: true })
}
