import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../../modules/payout"
import type PayoutModuleService from "../../../../../modules/payout/service"
import type { AdminSellerBalanceResponse } from "../../../../../types/http"
import { refetchOne } from "../../../../utils/refetch-one"

/** Per currency: total, payable now and pending (on hold), as the seller sees it. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerBalanceResponse>
) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  res.json({ balances: await service.getSellerBalances(req.params.id) })
}
