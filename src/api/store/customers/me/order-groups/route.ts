import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listStoreOrderGroups } from "../../../order-groups/store-order-groups"

/** The logged-in customer's order groups with their seller orders, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
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
    count: metadata?.count ?? order_groups.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}
