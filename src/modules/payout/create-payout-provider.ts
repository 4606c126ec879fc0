import { ManualPayoutProvider } from "../../providers/payout-manual"
import { StripeConnectPayoutProvider, StripeConnectPayoutOptions } from "../../providers/payout-stripe-connect"
import type { PayoutProvider } from "./payout-provider"

export type PayoutModuleOptions = {
  /** PAYOUT_PROVIDER; `manual` when not given. */
  provider?: "manual" | "stripe-connect"
  /** Required for `stripe-connect`. */
  stripe?: StripeConnectPayoutOptions
}

/** The one provider the module pays through, chosen by the module options. */
export function createPayoutProvider(options: PayoutModuleOptions = {}): PayoutProvider {
  const provider = options.provider ?? ManualPayoutProvider.identifier
  switch (provider) {
    case ManualPayoutProvider.identifier:
      return new ManualPayoutProvider()
    case StripeConnectPayoutProvider.identifier:
      if (!options.stripe) {
        throw new Error("[payout] the stripe-connect provider needs the `stripe` option")
      }
      return new StripeConnectPayoutProvider(options.stripe)
    default:
      throw new Error(`[payout] unknown payout provider "${String(provider)}"`)
  }
}
