import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { reconcileMarketplace } from "../../../jobs/reconcile-marketplace"
import type { AdminReconcileResponse } from "../../../types/http"

/**
 * Runs the reconciler now (the scheduled job's run) and answers what it found, repaired
 * and could not repair. A run already in progress elsewhere answers 409.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminReconcileResponse>
) => {
  const reconciliation = await reconcileMarketplace(req.scope)
  res.json({ reconciliation })
}
