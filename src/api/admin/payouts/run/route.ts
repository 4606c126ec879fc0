import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { runPayouts } from "../../../../jobs/run-payouts"
import type { AdminRunPayoutsResponse } from "../../../../types/http"
import type { AdminRunPayoutsType } from "../validators"

/** Runs the payout job now (for every seller with a payable balance, or the given ones). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRunPayoutsType>,
  res: MedusaResponse<AdminRunPayoutsResponse>
) => {
  const summary = await runPayouts(req.scope, {
    seller_ids: req.validatedBody.seller_ids,
  })
  res.json({ summary })
}
