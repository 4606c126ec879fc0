/** The payout module's key in the container and the service name of its providers. */
export const PAYOUT_MODULE = "payout"

export const PayoutStatus = {
  PENDING: "pending",
  PROCESSING: "processing",
  PAID: "paid",
  FAILED: "failed",
  CANCELED: "canceled",
} as const
export type PayoutStatus = (typeof PayoutStatus)[keyof typeof PayoutStatus]
export const PAYOUT_STATUSES = [
  PayoutStatus.PENDING,
  PayoutStatus.PROCESSING,
  PayoutStatus.PAID,
  PayoutStatus.FAILED,
  PayoutStatus.CANCELED,
] as const

export const PayoutAccountStatus = {
  PENDING: "pending",
  ACTIVE: "active",
  RESTRICTED: "restricted",
  DISABLED: "disabled",
} as const
export type PayoutAccountStatus =
  (typeof PayoutAccountStatus)[keyof typeof PayoutAccountStatus]
export const PAYOUT_ACCOUNT_STATUSES = [
  PayoutAccountStatus.PENDING,
  PayoutAccountStatus.ACTIVE,
  PayoutAccountStatus.RESTRICTED,
  PayoutAccountStatus.DISABLED,
] as const

/** Credits are positive (sale, commission_reversal, payout_reversal), debits negative. */
export const LedgerEntryType = {
  SALE: "sale",
  COMMISSION: "commission",
  REFUND: "refund",
  COMMISSION_REVERSAL: "commission_reversal",
  PAYOUT: "payout",
  PAYOUT_REVERSAL: "payout_reversal",
  ADJUSTMENT: "adjustment",
} as const
export type LedgerEntryType =
  (typeof LedgerEntryType)[keyof typeof LedgerEntryType]
export const LEDGER_ENTRY_TYPES = [
  LedgerEntryType.SALE,
  LedgerEntryType.COMMISSION,
  LedgerEntryType.REFUND,
  LedgerEntryType.COMMISSION_REVERSAL,
  LedgerEntryType.PAYOUT,
  LedgerEntryType.PAYOUT_REVERSAL,
  LedgerEntryType.ADJUSTMENT,
] as const
