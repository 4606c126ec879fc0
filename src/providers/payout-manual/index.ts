export { ManualPayoutProvider } from "./services/manual-payout"
export type { ManualPayoutOptions } from "./services/manual-payout"
