import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSellerResponse } from "../../../../../types/http"
import { suspendSellerWorkflow } from "../../../../../workflows/seller/workflows/suspend-seller"
import { refetchOne } from "../../../../utils/refetch-one"
import type { AdminSuspendSellerType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSuspendSellerType>,
  res: MedusaResponse<AdminSellerResponse>
) => {
  await suspendSellerWorkflow(req.scope).run({
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
