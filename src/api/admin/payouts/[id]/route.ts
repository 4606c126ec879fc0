import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminPayoutResponse } from "../../../../types/http"
import { refetchOne } from "../../../utils/refetch-one"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPayoutResponse>
) => {
  const payout = await refetchOne<AdminPayoutResponse["payout"]>(
    "payout",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ payout })
}
