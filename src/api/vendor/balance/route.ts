import type { MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { VendorBalanceResponse } from "../../../types/http"
import type { VendorRequest } from "../seller-context"

/** Per currency: total (every entry), payable now, and pending (still on hold). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorBalanceResponse>
) => {
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const balances = await service.getSellerBalances(req.seller_context.seller_id)
  res.json({ balances })
}
