import { Module } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "./constants"
import payoutProvidersLoader from "./loaders/providers"
import PayoutModuleService from "./service"

export default Module(PAYOUT_MODULE, {
  service: PayoutModuleService,
  loaders: [payoutProvidersLoader],
})

export { PayoutModuleService }
export type {
  CreatePayoutInput,
  LedgerEntryInput,
  PayoutTransition,
  SellerBalance,
} from "./service"
export * from "./constants"
export { PayoutEvents } from "./events"
export type { PayoutEventData } from "./events"
export { DEFAULT_PAYOUT_SETTINGS, payoutSettings } from "./settings"
export type {
  PayoutModuleOptions,
  PayoutProviderEntry,
  PayoutSettings,
} from "./types"
export * from "./payout-provider"
