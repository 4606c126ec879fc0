import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminRefundOrderGroupResponse } from "../../../../../types/http"
import { refundSellerOrderWorkflow } from "../../../../../workflows/order-group/workflows/refund-seller-order"
import { refetchOne } from "../../../../utils/refetch-one"
import type { AdminRefundOrderGroupOrderType } from "../../validators"

/** Refunds one seller order of the group (all that is left when no amount is given). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRefundOrderGroupOrderType>,
  res: MedusaResponse<AdminRefundOrderGroupResponse>
) => {
  await refetchOne("order_group", req.params.id, req.scope, ["id"])
  const { result } = await refundSellerOrderWorkflow(req.scope).run({
    input: {
      order_group_id: req.params.id,
      order_id: req.validatedBody.order_id,
      amount: req.validatedBody.amount,
      note: req.validatedBody.note,
      created_by: req.auth_context.actor_id,
    },
  })
  const order_group = await refetchOne<
    AdminRefundOrderGroupResponse["order_group"]
  >("order_group", req.params.id, req.scope, req.queryConfig.fields)
  res.json({
    refund: {
      id: result.refund_id,
      order_id: req.validatedBody.order_id,
      amount: Number(result.amount),
    },
    order_group,
  })
}
