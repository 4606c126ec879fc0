import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE, PayoutSettings } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const retrievePayoutSettingsStepId = "retrieve-payout-settings"

/** The payout module's settings (hold days, minimum, onboarding return URL...). Read only. */
export const retrievePayoutSettingsStep = createStep(
  retrievePayoutSettingsStepId,
  async (_: void, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    return new StepResponse<PayoutSettings>(service.getSettings())
  }
)
