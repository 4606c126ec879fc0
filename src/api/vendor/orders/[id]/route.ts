import type { MedusaResponse } from "@medusajs/framework/http"
import { COMMISSION_MODULE } from "../../../../modules/commission"
import type CommissionModuleService from "../../../../modules/commission/service"
import { vendorCommissionLineFields } from "../../commission-lines/query-config"
import { assertSellerOwns } from "../../../../workflows/catalog/utils/seller-resources"
import type { VendorRequest } from "../../seller-context"
import { refetchVendorOrder } from "../helpers"

/** The seller's order with the commission the marketplace charges on it. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  await assertSellerOwns(req.scope, "order", req.seller_context.seller_id, [req.params.id])
  const order = await refetchVendorOrder(req.params.id, req.scope, req.queryConfig.fields)
  const commission: CommissionModuleService = req.scope.resolve(COMMISSION_MODULE)
  const commission_lines = await commission.listCommissionLines(
    { order_id: req.params.id, seller_id: req.seller_context.seller_id },
    { select: vendorCommissionLineFields }
  )
  res.json({ order: { ...order, commission_lines } })
}
