import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreOrderGroupListResponse } from "../../../../../types/http"
import { listPage } from "../../../../utils/list-page"
import { listStoreOrderGroups } from "../../../order-groups/store-order-groups"

/** The logged-in customer's order groups with their seller orders, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreOrderGroupListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: page, metadata } = await query.graph({
    entity: "order_group",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id },
    pagination: req.queryConfig.pagination,
  })
  const order_groups = await listStoreOrderGroups(
    req.scope,
    page.map((group) => group.id)
  )
  res.json({
    order_groups,
    ...listPage(metadata, req.queryConfig.pagination, order_groups.length),
  })
}
