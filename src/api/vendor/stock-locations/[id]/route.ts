import type { MedusaResponse } from "@medusajs/framework/http"
import { assertSellerOwns } from "../../../../workflows/catalog/seller-resources"
import { deleteVendorStockLocationWorkflow } from "../../../../workflows/catalog/workflows/delete-vendor-stock-location"
import { updateVendorStockLocationWorkflow } from "../../../../workflows/catalog/workflows/update-vendor-stock-location"
import type { VendorRequest } from "../../seller-context"
import { refetchStockLocation } from "../helpers"
import type { VendorUpdateStockLocationType } from "../validators"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await assertSellerOwns(req.scope, "stock_location", req.seller_context.seller_id, [req.params.id])
  const stock_location = await refetchStockLocation(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ stock_location })
}

export const POST = async (req: VendorRequest<VendorUpdateStockLocationType>, res: MedusaResponse) => {
  await updateVendorStockLocationWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, location_id: req.params.id, update: req.validatedBody },
  })
  const stock_location = await refetchStockLocation(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ stock_location })
}

/** Deletes the location with its shipping options and stock levels; reserved stock is a 400. */
export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  await deleteVendorStockLocationWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, location_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "stock_location", deleted: true })
}
