import type { MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { createPayoutAccountWorkflow } from "../../../workflows/payout/workflows/create-payout-account"
import type { VendorRequest } from "../seller-context"
import type { VendorCreatePayoutAccountType } from "./validators"

const accountFields = ["id", "provider", "external_id", "status", "data", "created_at", "updated_at"] as const

function present(account: Record<string, unknown> | null | undefined) {
  return account ? Object.fromEntries(accountFields.map((field) => [field, account[field] ?? null])) : null
}

/** The calling seller's payout account (null when none) and the configured provider. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const [account] = await service.listPayoutAccounts({ seller_id: req.seller_context.seller_id })
  res.json({ payout_account: present(account), provider: service.getDefaultProviderId() })
}

/**
 * Creates the account at the provider once and returns it, with an onboarding URL while
 * it is not active (stripe-connect); calling it again returns a fresh link.
 */
export const POST = async (req: VendorRequest<VendorCreatePayoutAccountType>, res: MedusaResponse) => {
  const { result } = await createPayoutAccountWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      return_url: req.validatedBody.return_url,
      refresh_url: req.validatedBody.refresh_url,
    },
  })
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  res.json({
    payout_account: present(result.payout_account as unknown as Record<string, unknown>),
    onboarding_url: result.onboarding_url,
    provider: service.getDefaultProviderId(),
  })
}
