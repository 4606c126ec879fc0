import { z } from "@medusajs/framework/zod"
import { LEDGER_ENTRY_TYPES } from "../../modules/payout/constants"
import { PAYOUT_STATUSES } from "../../modules/payout/constants"
import { PAYOUT_ACCOUNT_STATUSES } from "../../modules/payout/constants"
import { JsonObject, listResponse, Timestamp } from "./common"

/** Exact decimal amounts are strings (sums over the ledger, in the currency's main unit). */
const Decimal = z.string().meta({
  description: 'A decimal amount in the currency\'s main unit, e.g. "12.5"',
})

export const Balance = z
  .object({
    currency_code: z.string(),
    total: Decimal.meta({ description: "Sum of every ledger entry" }),
    payable: Decimal.meta({ description: "What a payout may take now" }),
    pending: Decimal.meta({
      description: "Credits still on hold (total − payable)",
    }),
  })
  .meta({ id: "Balance" })
export type Balance = z.infer<typeof Balance>

export const LedgerEntry = z
  .object({
    id: z.string(),
    currency_code: z.string(),
    amount: z
      .number()
      .meta({ description: "Signed: credits positive, debits negative" }),
    type: z.enum(LEDGER_ENTRY_TYPES),
    reference: z.string(),
    available_at: Timestamp,
    created_at: Timestamp,
  })
  .meta({ id: "LedgerEntry" })
export type LedgerEntry = z.infer<typeof LedgerEntry>

export const VendorPayout = z
  .object({
    id: z.string(),
    currency_code: z.string(),
    amount: z.number(),
    status: z.enum(PAYOUT_STATUSES),
    provider: z.string(),
    provider_reference: z.string().nullable(),
    failure_reason: z.string().nullable(),
    paid_at: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "VendorPayout" })
export type VendorPayout = z.infer<typeof VendorPayout>

export const AdminPayout = VendorPayout.extend({
  seller_id: z.string(),
  idempotency_key: z.string(),
}).meta({
  id: "AdminPayout",
})
export type AdminPayout = z.infer<typeof AdminPayout>

export const PayoutAccount = z
  .object({
    id: z.string(),
    provider: z.string(),
    external_id: z.string().nullable(),
    status: z.enum(PAYOUT_ACCOUNT_STATUSES),
    data: JsonObject.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "PayoutAccount" })
export type PayoutAccount = z.infer<typeof PayoutAccount>

export const PayoutRunSummary = z
  .object({
    sellers: z.number().int(),
    payouts: z.array(
      z.object({
        id: z.string(),
        seller_id: z.string(),
        currency_code: z.string(),
        amount: Decimal,
        status: z.string(),
      })
    ),
    skipped: z.array(z.object({ seller_id: z.string(), reason: z.string() })),
    errors: z.array(z.object({ seller_id: z.string(), message: z.string() })),
  })
  .meta({ id: "PayoutRunSummary" })
export type PayoutRunSummary = z.infer<typeof PayoutRunSummary>

export const VendorBalanceResponse = z.object({ balances: z.array(Balance) })
export type VendorBalanceResponse = z.infer<typeof VendorBalanceResponse>

export const VendorLedgerEntryListResponse = listResponse(
  "ledger_entries",
  LedgerEntry
)
export type VendorLedgerEntryListResponse = z.infer<
  typeof VendorLedgerEntryListResponse
>

export const VendorPayoutListResponse = listResponse("payouts", VendorPayout)
export type VendorPayoutListResponse = z.infer<typeof VendorPayoutListResponse>

export const VendorPayoutResponse = z.object({ payout: VendorPayout })
export type VendorPayoutResponse = z.infer<typeof VendorPayoutResponse>

export const VendorPayoutAccountResponse = z.object({
  payout_account: PayoutAccount.nullable(),
  provider: z.string().meta({
    description: "The configured payout provider: `manual` or `stripe-connect`",
  }),
})
export type VendorPayoutAccountResponse = z.infer<
  typeof VendorPayoutAccountResponse
>

export const VendorCreatePayoutAccountResponse =
  VendorPayoutAccountResponse.extend({
    onboarding_url: z.string().nullable().meta({
      description:
        "Where the seller finishes onboarding, while the account is not active",
    }),
  })
export type VendorCreatePayoutAccountResponse = z.infer<
  typeof VendorCreatePayoutAccountResponse
>

export const AdminPayoutListResponse = listResponse("payouts", AdminPayout)
export type AdminPayoutListResponse = z.infer<typeof AdminPayoutListResponse>

export const AdminPayoutResponse = z.object({ payout: AdminPayout })
export type AdminPayoutResponse = z.infer<typeof AdminPayoutResponse>

export const AdminRunPayoutsResponse = z.object({ summary: PayoutRunSummary })
export type AdminRunPayoutsResponse = z.infer<typeof AdminRunPayoutsResponse>

export const AdminSellerBalanceResponse = VendorBalanceResponse
export type AdminSellerBalanceResponse = z.infer<
  typeof AdminSellerBalanceResponse
>

export const AdminSellerLedgerEntryListResponse = VendorLedgerEntryListResponse
export type AdminSellerLedgerEntryListResponse = z.infer<
  typeof AdminSellerLedgerEntryListResponse
>

export const AdminSellerPayoutAccountResponse = VendorPayoutAccountResponse
export type AdminSellerPayoutAccountResponse = z.infer<
  typeof AdminSellerPayoutAccountResponse
>

/** What the payout provider's webhook answers once the event was handled (or ignored). */
export const PayoutWebhookResponse = z.object({
  received: z.literal(true),
  id: z.string(),
  type: z.string(),
})
export type PayoutWebhookResponse = z.infer<typeof PayoutWebhookResponse>
