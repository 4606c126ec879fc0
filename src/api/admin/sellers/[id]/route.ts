import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOne } from "../../../utils/refetch-one"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ seller: await refetchOne("seller", req.params.id, req.scope, req.queryConfig.fields) })
}
