import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSellerResponse } from "../../../../../types/http"
import { reinstateSellerWorkflow } from "../../../../../workflows/seller/workflows/reinstate-seller"
import { refetchOne } from "../../../../utils/refetch-one"
import type { AdminReinstateSellerType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReinstateSellerType>,
  res: MedusaResponse<AdminSellerResponse>
) => {
  await reinstateSellerWorkflow(req.scope).run({
    input: {
      seller_id: req.params.id,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({
    seller: await refetchOne(
      "seller",
      req.params.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}
