import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminSellerResponse } from "../../../../types/http"
import { updateSellerWorkflow } from "../../../../workflows/seller/workflows/update-seller"
import { refetchOne } from "../../../utils/refetch-one"
import type { AdminUpdateSellerType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerResponse>
) => {
  res.json({
    seller: await refetchOne(
      "seller",
      req.params.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}

/** Edits the seller's profile (not its status: that has its own actions). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSellerType>,
  res: MedusaResponse<AdminSellerResponse>
) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  await updateSellerWorkflow(req.scope).run({
    input: { seller_id: req.params.id, update: req.validatedBody },
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
