import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminPayoutResponse } from "../../../../../types/http"
import { markPayoutFailedWorkflow } from "../../../../../workflows/payout/workflows/mark-payout-failed"
import { refetchOne } from "../../../../utils/refetch-one"
import type { AdminMarkPayoutFailedType } from "../../validators"

/** A `processing` payout did not arrive: it becomes `failed` and the balance is restored. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMarkPayoutFailedType>,
  res: MedusaResponse<AdminPayoutResponse>
) => {
  await refetchOne("payout", req.params.id, req.scope, ["id"])
  await markPayoutFailedWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reason: req.validatedBody.reason,
      from: ["processing"],
    },
  })
  const payout = await refetchOne<AdminPayoutResponse["payout"]>(
    "payout",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ payout })
}
