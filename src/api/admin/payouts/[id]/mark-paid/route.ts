import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutPaidWorkflow } from "../../../../../workflows/payout/workflows/mark-payout-paid"
import type { AdminMarkPayoutPaidType } from "../../validators"
import { refetchOne } from "../../../../utils/refetch-one"

/** Confirms a `processing` payout (manual provider): it becomes `paid`. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMarkPayoutPaidType>, res: MedusaResponse) => {
  await refetchOne("payout", req.params.id, req.scope, ["id"])
  await markPayoutPaidWorkflow(req.scope).run({
    input: { id: req.params.id, provider_reference: req.validatedBody.provider_reference },
  })
  const payout = await refetchOne("payout", req.params.id, req.scope, req.queryConfig.fields)
  res.json({ payout })
}
