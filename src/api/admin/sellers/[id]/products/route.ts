import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminSellerProductListResponse } from "../../../../../types/http"
import { listPage } from "../../../../utils/list-page"
import { refetchOne } from "../../../../utils/refetch-one"
import { listSellerLinkedIds } from "../../../../utils/seller-links"

/** The seller's products (seller↔product link), newest first; filter status. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerProductListResponse>
) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const ids = await listSellerLinkedIds(req.scope, "product", req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    products,
    ...listPage(metadata, req.queryConfig.pagination, products.length),
  })
}
