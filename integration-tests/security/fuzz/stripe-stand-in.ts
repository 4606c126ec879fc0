import { RecordingServer } from "../../utils/recording-server"

export const STRIPE_API_KEY = "sk_test_fuzz"
export const STRIPE_WEBHOOK_SECRET = "whsec_test_fuzz"

/**
 * A loopback stand-in for the three Stripe endpoints the payout provider calls, so the
 * fuzzed app runs PAYOUT_PROVIDER=stripe-connect and `/hooks/payouts/stripe-connect` verifies
 * signatures and handles events instead of answering "not configured"; the payment provider is
 * Stripe too, so `/hooks/payment/stripe_stripe` verifies and applies payment events.
 */
export function stripeStandIn(): RecordingServer {
  let accounts = 0
  let transfers = 0
  return new RecordingServer((request) => {
    if (request.path === "/v1/accounts") {
      accounts += 1
      return {
        status: 200,
        body: {
          id: `acct_fuzz_${accounts}`,
          object: "account",
          payouts_enabled: false,
          details_submitted: false,
        },
      }
    }
    if (request.path === "/v1/account_links") {
      return {
        status: 200,
        body: {
          object: "account_link",
          url: "https://connect.stripe.test/setup",
        },
      }
    }
    if (request.path === "/v1/transfers") {
      transfers += 1
      return {
        status: 200,
        body: { id: `tr_fuzz_${transfers}`, object: "transfer" },
      }
    }
    return { status: 404, body: { error: { message: "unknown endpoint" } } }
  })
}

export function stripeEnv(server: RecordingServer): Record<string, string> {
  return {
    PAYOUT_PROVIDER: "stripe-connect",
    STRIPE_API_KEY,
    STRIPE_API_BASE: server.url,
    STRIPE_WEBHOOK_SECRET,
    // Medusa's Stripe payment provider verifies /hooks/payment/stripe_stripe with the same secret.
    PAYMENT_PROVIDER: "stripe",
  }
}
