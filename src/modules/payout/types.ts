import type { ModuleProvider } from "@medusajs/framework/types"

/**
 * A payout provider the module loads: `resolve` is a module provider
 * (`ModuleProvider(PAYOUT_MODULE, { services })`), `id` names it in URLs
 * (`/hooks/payouts/:id`) and on the payouts and accounts it handles.
 */
export type PayoutProviderEntry = ModuleProvider & { id: string }

/** What src/config passes to the payout module; every field has a default. */
export type PayoutModuleOptions = {
  providers?: PayoutProviderEntry[]
  /** Days a sale's credit is held before it is payable. */
  holdDays?: number
  /** Smallest balance, in the currency's main unit, a payout run pays out. */
  minimum?: number
  /** Cron expression of the payout job. */
  schedule?: string
  /**
   * Seconds after which a worker resumes a payout run whose process died; longer than a
   * live transfer step may take (see docs/payouts.md, "Crash recovery").
   */
  resumeAfterSeconds?: number
  /** Where a seller returns from the provider's onboarding when the request names no URL. */
  onboardingReturnUrl?: string
}

export type PayoutSettings = Required<Omit<PayoutModuleOptions, "providers">>
