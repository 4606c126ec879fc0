import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreOrderGroupResponse } from "../../../../types/http"
import { listStoreOrderGroups } from "../store-order-groups"

/** One checkout's seller orders, for its customer or the guest who completed the cart. */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreOrderGroupResponse>
) => {
  const [order_group] = await listStoreOrderGroups(req.scope, [req.params.id])
  res.json({ order_group })
}
