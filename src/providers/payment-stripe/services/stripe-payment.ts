import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import { createRequire } from "node:module"

/** The Stripe SDK Medusa's provider was built with (its own version, not the project's). */
const StripeClient = createRequire(require.resolve("@medusajs/payment-stripe"))(
  "stripe"
) as new (
  apiKey: string,
  config: { host: string; port: number; protocol: "http" | "https" }
) => StripeProviderService["stripe_"]

export type StripePaymentOptions = StripeOptions & {
  /** Where the Stripe API is reached (default https://api.stripe.com): a proxy, or a loopback fake in tests. */
  apiBase?: string
}

/**
 * Medusa's Stripe payment provider, unchanged except for the API base URL: Medusa's
 * builds its Stripe client with the default host, so the client is rebuilt with the host,
 * port and protocol of `apiBase` (the one the payout provider uses).
 */
export class StripePaymentProvider extends StripeProviderService {
  constructor(
    container: Record<string, unknown>,
    options: StripePaymentOptions
  ) {
    super(container, options)
    if (options.apiBase) {
      const url = new URL(options.apiBase)
      const protocol = url.protocol === "http:" ? "http" : "https"
      this.stripe_ = new StripeClient(options.apiKey, {
        host: url.hostname,
        port: Number(url.port || (protocol === "http" ? 80 : 443)),
        protocol,
      })
    }
  }
  static validateOptions(options: StripePaymentOptions): void {
    StripeProviderService.validateOptions(options)
    if (options.apiBase && !/^https?:\/\/[^\s]+$/.test(options.apiBase)) {
      throw new Error(
        "[payment-stripe] option `apiBase` must be an http(s) URL"
      )
    }
  }
}
