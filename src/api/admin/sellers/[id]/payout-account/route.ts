import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../../../modules/payout"
import type PayoutModuleService from "../../../../../modules/payout/service"
import type { AdminSellerPayoutAccountResponse } from "../../../../../types/http"
import { refetchOne } from "../../../../utils/refetch-one"

const accountFields = [
  "id",
  "provider",
  "external_id",
  "status",
  "data",
  "created_at",
  "updated_at",
]

/** The seller's payout account (null before onboarding) and the configured provider. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerPayoutAccountResponse>
) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [account],
  } = await query.graph({
    entity: "payout_account",
    fields: accountFields,
    filters: { seller_id: req.params.id },
  })
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  res.json({
    payout_account:
      (account as AdminSellerPayoutAccountResponse["payout_account"]) ?? null,
    provider: service.getDefaultProviderId(),
  })
}
