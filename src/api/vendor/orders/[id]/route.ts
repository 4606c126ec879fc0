import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  VendorOrderResponse,
  VendorOrderWithCommissionResponse,
} from "../../../../types/http"
import { refetchOne } from "../../../utils/refetch-one"
import { vendorCommissionLineFields } from "../../commission-lines/query-config"
import type { VendorRequest } from "../../seller-context"

/** The seller's order with the commission the marketplace charges on it. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorOrderWithCommissionResponse>
) => {
  const order = await refetchOne<VendorOrderResponse["order"]>(
    "order",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission_lines } = await query.graph({
    entity: "commission_line",
    fields: vendorCommissionLineFields,
    filters: {
      order_id: req.params.id,
      seller_id: req.seller_context.seller_id,
    },
  })
  res.json({ order: { ...order, commission_lines } })
}
