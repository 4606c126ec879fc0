import type { MedusaResponse } from "@medusajs/framework/http"
import { COMMISSION_MODULE } from "../../../../modules/commission"
import type CommissionModuleService from "../../../../modules/commission/service"
import { vendorCommissionLineFields } from "../../commission-lines/query-config"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"

/** The seller's order with the commission the marketplace charges on it. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const order = await refetchOne("order", req.params.id, req.scope, req.queryConfig.fields)
  const commission: CommissionModuleService = req.scope.resolve(COMMISSION_MODULE)
  const commission_lines = await commission.listCommissionLines(
    { order_id: req.params.id, seller_id: req.seller_context.seller_id },
    { select: vendorCommissionLineFields }
  )
  res.json({ order: { ...order, commission_lines } })
}
