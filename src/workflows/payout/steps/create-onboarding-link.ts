import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE, PayoutAccountStatus } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const createOnboardingLinkStepId = "create-payout-onboarding-link"

export type CreateOnboardingLinkStepInput = {
  /** The id of the provider that holds the account. */
  provider: string
  external_id: string | null
  status: string
  return_url: string
  refresh_url: string
}

/**
 * A fresh onboarding URL while the account is not active (Stripe account links expire
 * within minutes, so none is stored); null for an active account or a provider without
 * onboarding (manual). Nothing to compensate: a link is not a write.
 */
export const createOnboardingLinkStep = createStep(
  createOnboardingLinkStepId,
  async (input: CreateOnboardingLinkStepInput, { container }) => {
    if (!input.external_id || input.status === PayoutAccountStatus.ACTIVE) {
      return new StepResponse<string | null>(null)
    }
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const url = await service.createProviderOnboardingLink(input.provider, {
      external_id: input.external_id,
      return_url: input.return_url,
      refresh_url: input.refresh_url,
    })
    return new StepResponse<string | null>(url)
  }
)
