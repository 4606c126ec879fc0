import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminOrderGroupResponse } from "../../../../../types/http"
import { captureOrderGroupWorkflow } from "../../../../../workflows/order-group/workflows/capture-order-group"
import { refetchOne } from "../../../../utils/refetch-one"

/** Captures the group's payment, attributes it to the orders and books the sellers' ledgers. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderGroupResponse>
) => {
  await refetchOne("order_group", req.params.id, req.scope, ["id"])
  await captureOrderGroupWorkflow(req.scope).run({
    input: {
      order_group_id: req.params.id,
      captured_by: req.auth_context.actor_id,
    },
  })
  const order_group = await refetchOne<AdminOrderGroupResponse["order_group"]>(
    "order_group",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ order_group })
}
