export { LedgerEntryRepository } from "./ledger-entry"
export type { LedgerBalanceRow } from "./ledger-entry"
export { PayoutRepository } from "./payout"
export type { LockedPayout } from "./payout"
