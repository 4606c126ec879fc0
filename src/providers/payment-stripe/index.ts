import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import {
  CAPTURE_AMOUNT_KEY,
  StripePaymentProvider,
} from "./services/stripe-payment"

export { CAPTURE_AMOUNT_KEY, StripePaymentProvider }
/** The Payment Module's id of this provider (registered with id "stripe"). */
export const STRIPE_PAYMENT_PROVIDER_ID = "pp_stripe_stripe"

export type { StripePaymentOptions } from "./services/stripe-payment"

/** Registered with id "stripe": Medusa's provider id is then `pp_stripe_stripe`, as with Medusa's own package. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripePaymentProvider],
})
