import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminOrderGroupResponse } from "../../../../types/http"
import { refetchOne } from "../../../utils/refetch-one"

/** The order group with its orders (one per seller) and the customer's payment. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderGroupResponse>
) => {
  const order_group = await refetchOne<AdminOrderGroupResponse["order_group"]>(
    "order_group",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ order_group })
}
