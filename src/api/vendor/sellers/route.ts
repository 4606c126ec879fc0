import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorCreateSellerResponse } from "../../../types/http"
import { registerSellerWorkflow } from "../../../workflows/seller/workflows/register-seller"
import { refetchOne } from "../../utils/refetch-one"
import type { VendorCreateSellerType } from "./validators"

/** Registration: the bearer is a registration token from POST /auth/seller/emailpass/register. */
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateSellerType>,
  res: MedusaResponse<VendorCreateSellerResponse>
) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This identity already belongs to a seller"
    )
  }
  const { member, ...seller } = req.validatedBody
  const { result } = await registerSellerWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      seller,
      member,
    },
  })
  res.status(201).json({
    seller: await refetchOne(
      "seller",
      result.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}
