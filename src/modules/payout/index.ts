import { Module } from "@medusajs/framework/utils"
import PayoutModuleService from "./service"

export const PAYOUT_MODULE = "payout"

export default Module(PAYOUT_MODULE, { service: PayoutModuleService })

export { PayoutModuleService }
export type { LedgerEntryInput, SellerBalance } from "./service"
export { PayoutEvents } from "./events"
export type { PayoutEventData } from "./events"
