import type { PayoutModuleOptions, PayoutSettings } from "./types"

export const DEFAULT_PAYOUT_SETTINGS: PayoutSettings = {
  holdDays: 7,
  minimum: 0,
  schedule: "0 2 * * *",
  resumeAfterSeconds: 300,
  onboardingReturnUrl: "http://localhost:9000",
}

/** The module options with a default for every missing setting. */
export function payoutSettings(options: PayoutModuleOptions = {}): PayoutSettings {
  const { providers: _providers, ...given } = options
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined))
  return { ...DEFAULT_PAYOUT_SETTINGS, ...defined }
}
