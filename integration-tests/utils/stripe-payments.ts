import type { MedusaContainer } from "@medusajs/framework/types"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"
import { STRIPE_PAYMENT_PROVIDER_ID } from "../../src/providers/payment-stripe"
import type { Headers } from "./sellers"
import type { FakeStripe } from "./stripe-server"

/** The app settings that make Medusa's Stripe provider the customers' payment, against `stripe`. */
export function stripePaymentEnv(
  stripe: FakeStripe,
  capture: "manual" | "automatic" = "manual"
): Record<string, string> {
  return {
    PAYMENT_PROVIDER: "stripe",
    STRIPE_API_KEY: "sk_test_payments",
    STRIPE_API_BASE: stripe.url,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_PAYMENT_CAPTURE: capture,
  }
}

/** Offers Stripe in a region, as the seed does when PAYMENT_PROVIDER=stripe. */
export async function enableStripeInRegion(
  container: MedusaContainer,
  regionId: string
): Promise<void> {
  await updateRegionsWorkflow(container).run({
    input: {
      selector: { id: regionId },
      update: {
        payment_providers: ["pp_system_default", STRIPE_PAYMENT_PROVIDER_ID],
      },
    },
  })
}

/**
 * Replaces the cart's payment session with a Stripe one (Medusa creates the PaymentIntent)
 * and returns the session and intent ids.
 */
export async function startStripePayment(
  api: AxiosInstance,
  cartId: string,
  headers: Headers
): Promise<{ sessionId: string; intentId: string }> {
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  const { data } = await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: STRIPE_PAYMENT_PROVIDER_ID },
    headers
  )
  const [session] = data.payment_collection.payment_sessions
  return { sessionId: session.id, intentId: session.data.id }
}

/** Sends a webhook event to Medusa's payment webhook route of the Stripe provider. */
export function postStripeWebhook(
  api: AxiosInstance,
  event: { body: string; headers: Record<string, string> }
) {
  return api.post("/hooks/payment/stripe_stripe", event.body, {
    headers: event.headers,
    validateStatus: () => true,
    transformRequest: [(body: string) => body],
  })
}

/**
 * Delivers an event as Stripe does: a 409 (the resource is locked by a concurrent
 * completion or capture) is retried, anything else ends the delivery. Returns the
 * last response and every status seen.
 */
export async function deliverStripeWebhook(
  api: AxiosInstance,
  event: { body: string; headers: Record<string, string> },
  { attempts = 5, backoffMs = 500 } = {}
) {
  const statuses: number[] = []
  for (let attempt = 1; ; attempt++) {
    const response = await postStripeWebhook(api, event)
    statuses.push(response.status)
    if (response.status !== 409 || attempt === attempts) {
      return { response, statuses }
    }
    await new Promise((resolve) => setTimeout(resolve, backoffMs * attempt))
  }
}

/** Everything the app asked the loopback Stripe to do with an intent. */
export function intentCalls(stripe: FakeStripe, intentId: string) {
  return {
    captures: stripe.calls(
      "POST",
      new RegExp(`^/v1/payment_intents/${intentId}/capture$`)
    ),
    cancels: stripe.calls(
      "POST",
      new RegExp(`^/v1/payment_intents/${intentId}/cancel$`)
    ),
    refunds: stripe.refunds.filter(
      (refund) => refund.payment_intent === intentId
    ),
  }
}
