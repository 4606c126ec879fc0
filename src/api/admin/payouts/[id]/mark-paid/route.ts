import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminPayoutResponse } from "../../../../../types/http"
import { markPayoutPaidWorkflow } from "../../../../../workflows/payout/workflows/mark-payout-paid"
import { refetchOne } from "../../../../utils/refetch-one"
import type { AdminMarkPayoutPaidType } from "../../validators"

/** Confirms a `processing` payout (manual provider): it becomes `paid`. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMarkPayoutPaidType>,
  res: MedusaResponse<AdminPayoutResponse>
) => {
  await refetchOne("payout", req.params.id, req.scope, ["id"])
  await markPayoutPaidWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      provider_reference: req.validatedBody.provider_reference,
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
