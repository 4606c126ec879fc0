import { ModuleProvider } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../modules/payout/constants"
import { StripeConnectPayoutProvider } from "./services/stripe-connect-payout"

export { StripeConnectPayoutProvider }
export type { StripeConnectPayoutOptions } from "./services/stripe-connect-payout"
export {
  stripeSignatureHeader,
  verifyStripeSignature,
} from "./stripe-signature"

export default ModuleProvider(PAYOUT_MODULE, {
  services: [StripeConnectPayoutProvider],
})
