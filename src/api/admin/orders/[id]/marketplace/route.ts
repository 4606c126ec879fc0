import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminOrderMarketplaceResponse } from "../../../../../types/http"
import { refetchOne } from "../../../../utils/refetch-one"

const commissionLineFields = [
  "id",
  "order_id",
  "target",
  "reference_id",
  "line_item_id",
  "rule_id",
  "fee_type",
  "currency_code",
  "base_amount",
  "amount",
  "rate_kind",
  "rate_value",
  "rate_min_amount",
  "rate_max_amount",
  "created_at",
]

type OrderWithMarketplace = Pick<
  AdminOrderMarketplaceResponse,
  "seller" | "order_group"
>

/** What the marketplace adds to an order: its seller, its order group and its commission lines. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderMarketplaceResponse>
) => {
  const order = await refetchOne<Partial<OrderWithMarketplace>>(
    "order",
    req.params.id,
    req.scope,
    [
      "id",
      "seller.id",
      "seller.name",
      "seller.handle",
      "seller.status",
      "order_group.id",
      "order_group.total",
      "order_group.currency_code",
      "order_group.created_at",
    ]
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission_lines } = await query.graph({
    entity: "commission_line",
    fields: commissionLineFields,
    filters: { order_id: req.params.id },
  })
  res.json({
    seller: order.seller ?? null,
    order_group: order.order_group ?? null,
    commission_lines,
  })
}
