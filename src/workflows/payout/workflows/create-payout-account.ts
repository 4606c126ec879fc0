import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createOnboardingLinkStep } from "../steps/create-onboarding-link"
import { ensurePayoutAccountStep } from "../steps/ensure-payout-account"
import { retrievePayoutSettingsStep } from "../steps/retrieve-payout-settings"

export const createPayoutAccountWorkflowId = "create-payout-account"

export type CreatePayoutAccountWorkflowInput = {
  seller_id: string
  /** Defaults to the payout module's `onboardingReturnUrl`. */
  return_url?: string
  /** Defaults to the return URL. */
  refresh_url?: string
}

/**
 * Creates (once) the seller's account at the payout provider and returns it with an
 * onboarding URL while it is not active. Locked per seller so two clicks never create two
 * provider accounts.
 */
export const createPayoutAccountWorkflow = createWorkflow(
  createPayoutAccountWorkflowId,
  (input: WorkflowData<CreatePayoutAccountWorkflowInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `payout-account:${input.seller_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const account = ensurePayoutAccountStep({ seller_id: input.seller_id })
    const settings = retrievePayoutSettingsStep()
    const onboarding_url = createOnboardingLinkStep(
      transform(
        { account, input, settings },
        ({ account, input, settings }) => {
          const returnUrl = input.return_url ?? settings.onboardingReturnUrl
          return {
            provider: account.provider,
            external_id: account.external_id ?? null,
            status: account.status,
            return_url: returnUrl,
            refresh_url: input.refresh_url ?? returnUrl,
          }
        }
      )
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ payout_account: account, onboarding_url })
  }
)
