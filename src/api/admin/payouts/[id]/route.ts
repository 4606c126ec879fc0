import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOne } from "../../../utils/refetch-one"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const payout = await refetchOne("payout", req.params.id, req.scope, req.queryConfig.fields)
  res.json({ payout })
}
