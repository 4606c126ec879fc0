export { StripeConnectPayoutProvider } from "./services/stripe-connect-payout"
export type { StripeConnectPayoutOptions } from "./services/stripe-connect-payout"
export { stripeSignatureHeader, verifyStripeSignature } from "./stripe-signature"
