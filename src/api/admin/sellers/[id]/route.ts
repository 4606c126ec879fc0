import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchSeller } from "../../../vendor/sellers/helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ seller: await refetchSeller(req.params.id, req.scope, req.queryConfig.fields) })
}
