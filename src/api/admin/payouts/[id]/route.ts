import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchPayout } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const payout = await refetchPayout(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ payout })
}
