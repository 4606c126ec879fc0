import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminSellerMemberListResponse } from "../../../../../types/http"
import { listPage } from "../../../../utils/list-page"
import { refetchOne } from "../../../../utils/refetch-one"

/** A seller's team; 404 for an unknown seller. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerMemberListResponse>
) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members, metadata } = await query.graph({
    entity: "member",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, seller_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    members,
    ...listPage(metadata, req.queryConfig.pagination, members.length),
  })
}
