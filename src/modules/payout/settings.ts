import type { PayoutModuleOptions, PayoutSettings } from "./types"

export const DEFAULT_PAYOUT_SETTINGS: PayoutSettings = {
  holdDays: 7,
  minimum: 0,
  schedule: "0 2 * * *",
  resumeAfterSeconds: 300,
  onboardingReturnUrl: "http://localhost:9000",
}

/** The settings among the module options (Medusa adds others, e.g. `database`), defaults for the missing ones. */
export function payoutSettings(
  options: PayoutModuleOptions = {}
): PayoutSettings {
  return {
    holdDays: options.holdDays ?? DEFAULT_PAYOUT_SETTINGS.holdDays,
    minimum: options.minimum ?? DEFAULT_PAYOUT_SETTINGS.minimum,
    schedule: options.schedule ?? DEFAULT_PAYOUT_SETTINGS.schedule,
    resumeAfterSeconds:
      options.resumeAfterSeconds ?? DEFAULT_PAYOUT_SETTINGS.resumeAfterSeconds,
    onboardingReturnUrl:
      options.onboardingReturnUrl ??
      DEFAULT_PAYOUT_SETTINGS.onboardingReturnUrl,
  }
}
