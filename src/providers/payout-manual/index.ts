import { ModuleProvider } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../modules/payout/constants"
import { ManualPayoutProvider } from "./services/manual-payout"

export { ManualPayoutProvider }
export type { ManualPayoutOptions } from "./services/manual-payout"

export default ModuleProvider(PAYOUT_MODULE, {
  services: [ManualPayoutProvider],
})
