import type {
  CapturePaymentInput,
  CapturePaymentOutput,
} from "@medusajs/framework/types"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import { getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import { createRequire } from "node:module"

/** The Stripe SDK Medusa's provider was built with (its own version, not the project's). */
const StripeClient = createRequire(require.resolve("@medusajs/payment-stripe"))(
  "stripe"
) as new (
  apiKey: string,
  config: { host: string; port: number; protocol: "http" | "https" }
) => StripeProviderService["stripe_"]

/**
 * Key of a payment's `data` with the amount (main unit) of a partial capture: Medusa's
 * Payment Module records a partial capture but hands the provider only `data`.
 */
export const CAPTURE_AMOUNT_KEY = "capture_amount"

export type StripePaymentOptions = StripeOptions & {
  /** Where the Stripe API is reached (default https://api.stripe.com): a proxy, or a loopback fake in tests. */
  apiBase?: string
}

/**
 * Medusa's Stripe payment provider with two changes: the API base URL (Medusa's builds its
 * Stripe client with the default host, so the client is rebuilt with the host, port and
 * protocol of `apiBase`, the one the payout provider uses), and partial captures (Medusa's
 * captures the whole PaymentIntent whatever amount the Payment Module recorded).
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
  /**
   * A payment whose `data` carries `CAPTURE_AMOUNT_KEY` is captured for that amount only
   * (`amount_to_capture`; Stripe releases the rest of the authorization). Without it,
   * Medusa's capture of the whole intent.
   */
  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    const amount = input.data?.[CAPTURE_AMOUNT_KEY]
    if (typeof amount !== "string" && typeof amount !== "number") {
      return super.capturePayment(input)
    }
    const { id, currency } = input.data as { id: string; currency: string }
    try {
      const intent = await this.stripe_.paymentIntents.capture(
        id,
        { amount_to_capture: getSmallestUnit(amount, currency) },
        { idempotencyKey: input.context?.idempotency_key }
      )
      return { data: intent as unknown as Record<string, unknown> }
    } catch (error) {
      const { code, payment_intent } = error as {
        code?: string
        payment_intent?: { status?: string }
      }
      // Captured already (a replay after a lost answer): Medusa's provider does the same.
      if (
        code === "payment_intent_unexpected_state" &&
        payment_intent?.status === "succeeded"
      ) {
        return { data: payment_intent as Record<string, unknown> }
      }
      throw this.buildError(
        "An error occurred in capturePayment",
        error as Error
      )
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
