import type { MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type {
  PayoutAccount,
  VendorCreatePayoutAccountResponse,
  VendorPayoutAccountResponse,
} from "../../../types/http"
import { createPayoutAccountWorkflow } from "../../../workflows/payout/workflows/create-payout-account"
import { jsonDate } from "../../utils/json-date"
import type { VendorRequest } from "../seller-context"
import type { VendorCreatePayoutAccountType } from "./validators"

type StoredPayoutAccount = Pick<PayoutAccount, "id" | "provider" | "status"> & {
  external_id?: string | null
  data?: Record<string, unknown> | null
  created_at: Date | string
  updated_at: Date | string
}

function present(
  account: StoredPayoutAccount | null | undefined
): PayoutAccount | null {
  if (!account) {
    return null
  }
  return {
    id: account.id,
    provider: account.provider,
    external_id: account.external_id ?? null,
    status: account.status,
    data: account.data ?? null,
    created_at: jsonDate(account.created_at),
    updated_at: jsonDate(account.updated_at),
  }
}

/** The calling seller's payout account (null when none) and the configured provider. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorPayoutAccountResponse>
) => {
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const [account] = await service.listPayoutAccounts({
    seller_id: req.seller_context.seller_id,
  })
  res.json({
    payout_account: present(account),
    provider: service.getDefaultProviderId(),
  })
}

/**
 * Creates the account at the provider once and returns it, with an onboarding URL while
 * it is not active (stripe-connect); calling it again returns a fresh link.
 */
export const POST = async (
  req: VendorRequest<VendorCreatePayoutAccountType>,
  res: MedusaResponse<VendorCreatePayoutAccountResponse>
) => {
  const { result } = await createPayoutAccountWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      return_url: req.validatedBody.return_url,
      refresh_url: req.validatedBody.refresh_url,
    },
  })
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  res.json({
    payout_account: present(result.payout_account),
    onboarding_url: result.onboarding_url,
    provider: service.getDefaultProviderId(),
  })
}
