import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSellerResponse } from "../../../../types/http"
import { refetchOne } from "../../../utils/refetch-one"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSellerResponse>) => {
  res.json({ seller: await refetchOne("seller", req.params.id, req.scope, req.queryConfig.fields) })
}
