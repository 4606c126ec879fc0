import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminCreateSellerResponse,
  AdminSellerListResponse,
} from "../../../types/http"
import { createSellerByAdminWorkflow } from "../../../workflows/seller/workflows/create-seller-by-admin"
import { listPage } from "../../utils/list-page"
import { refetchOne } from "../../utils/refetch-one"
import type { AdminCreateSellerType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    sellers,
    ...listPage(metadata, req.queryConfig.pagination, sellers.length),
  })
}

/** Creates an open seller and invites its owner at the seller's email. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSellerType>,
  res: MedusaResponse<AdminCreateSellerResponse>
) => {
  const { result } = await createSellerByAdminWorkflow(req.scope).run({
    input: { seller: req.validatedBody, created_by: req.auth_context.actor_id },
  })
  const seller = await refetchOne<AdminCreateSellerResponse["seller"]>(
    "seller",
    result.seller.id,
    req.scope,
    req.queryConfig.fields
  )
  const { id, email, role, expires_at } = result.invite
  res.status(201).json({
    seller,
    invite: {
      id,
      email,
      role,
      expires_at: new Date(expires_at).toISOString(),
    },
  })
}
