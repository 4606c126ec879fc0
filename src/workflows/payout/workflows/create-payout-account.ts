import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createOnboardingLinkStep } from "../steps/create-onboarding-link"
import { ensurePayoutAccountStep } from "../steps/ensure-payout-account"

export type CreatePayoutAccountInput = {
  seller_id: string
  return_url: string
  refresh_url: string
}

/**
 * Creates (once) the seller's account at the payout provider and returns it with an
 * onboarding URL while it is not active. Locked per seller so two clicks never create two
 * provider accounts.
 */
export const createPayoutAccountWorkflow = createWorkflow(
  "create-payout-account",
  (input: WorkflowData<CreatePayoutAccountInput>) => {
    const lockKey = transform({ input }, ({ input }) => `payout-account:${input.seller_id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const account = ensurePayoutAccountStep({ seller_id: input.seller_id })
    const onboarding_url = createOnboardingLinkStep(
      transform({ account, input }, ({ account, input }) => ({
        external_id: account.external_id ?? null,
        status: account.status,
        return_url: input.return_url,
        refresh_url: input.refresh_url,
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ payout_account: account, onboarding_url })
  }
)
