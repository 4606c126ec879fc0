import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminOrderGroupListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import { orderGroupIdsMatching } from "./order-group-ids-matching"

/** Order groups, newest first; filters seller_id, customer_id, created_at range, payment_status. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderGroupListResponse>
) => {
  const { seller_id, payment_status, ...filters } =
    req.filterableFields as Record<string, unknown> & {
      seller_id?: string | string[]
      payment_status?: string | string[]
    }
  const ids = await orderGroupIdsMatching(req.scope, {
    seller_id,
    payment_status,
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: order_groups, metadata } = await query.graph({
    entity: "order_group",
    fields: req.queryConfig.fields,
    filters: ids === undefined ? filters : { ...filters, id: ids },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    order_groups,
    ...listPage(metadata, req.queryConfig.pagination, order_groups.length),
  })
}
