import type { PayoutAccountStatus } from "./constants"

/** What a provider knows about a seller's account after creating or reading it. */
export type ProviderAccount = {
  /** The provider's id (Stripe `acct_...`); null when the provider keeps no account. */
  external_id: string | null
  status: PayoutAccountStatus
  /** Non-secret details worth keeping (country, capabilities...). */
  data?: Record<string, unknown>
}

export type CreateProviderAccountInput = {
  seller_id: string
  email?: string | null
}

export type OnboardingLinkInput = {
  external_id: string
  return_url: string
  refresh_url: string
}

export type TransferInput = {
  payout_id: string
  seller_id: string
  /** Main-unit decimal string, already a whole number of minor units. */
  amount: string
  currency_code: string
  /** Digits of the currency's minor unit (2 for EUR, 0 for JPY). */
  decimal_digits: number
  /** The payout account's external id (the transfer destination); null for manual. */
  destination: string | null
  /** Sent with the request so that a retried transfer is executed at most once. */
  idempotency_key: string
}

export type TransferResult = {
  /** `paid` when the money moved, `processing` when someone or something must still confirm it. */
  status: "paid" | "processing"
  reference: string | null
}

/** What the provider can tell about a payout's transfer, looked up by the payout it was sent for. */
export type TransferLookupInput = {
  payout_id: string
  idempotency_key: string
}

export type TransferLookup =
  | { status: "paid"; reference: string | null }
  /** The provider holds no transfer for the payout: no money moved. */
  | { status: "not_found" }

export type WebhookInput = {
  rawBody: Buffer | string
  headers: Record<string, string | string[] | undefined>
}

/** A provider event reduced to what the marketplace acts on. */
export type PayoutWebhookEvent =
  | {
      type: "account_updated"
      id: string
      external_id: string
      status: PayoutAccountStatus
    }
  | {
      type: "transfer_failed"
      id: string
      /** The provider's transfer id, matched against `payout.provider_reference`. */
      reference: string | null
      /** Our payout id, when the provider echoes the metadata we sent. */
      payout_id: string | null
      reason: string
    }
  | { type: "ignored"; id: string; provider_type: string }

/**
 * A payout provider: a small class with a static `identifier`, exported as a module
 * provider (`ModuleProvider(PAYOUT_MODULE, { services: [Class] })`) and constructed by the
 * payout module as `new Class(container, options)`. It validates its options in the
 * constructor and knows nothing of the app. Methods throw `PayoutProviderError` when the
 * provider refuses or cannot be reached.
 */
export interface PayoutProvider {
  readonly identifier: string
  /** Whether a seller needs an active account before being paid. */
  readonly requiresAccount: boolean
  createAccount(input: CreateProviderAccountInput): Promise<ProviderAccount>
  /** A URL the seller visits to finish onboarding; null when the provider has none. */
  createOnboardingLink(input: OnboardingLinkInput): Promise<string | null>
  transfer(input: TransferInput): Promise<TransferResult>
  /**
   * Whether a transfer was made for a payout (by its id and idempotency key), for payouts
   * whose run died before it recorded the answer.
   */
  findTransfer(input: TransferLookupInput): Promise<TransferLookup>
  /** Verifies the signature and parses the event; throws `WebhookSignatureError` when it does not verify. */
  parseWebhook(input: WebhookInput): PayoutWebhookEvent
}

export class PayoutProviderError extends Error {
  constructor(
    message: string,
    /** HTTP status of the provider's answer; undefined for network errors and timeouts. */
    readonly status?: number
  ) {
    super(message)
    this.name = "PayoutProviderError"
  }
}

export class WebhookSignatureError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "WebhookSignatureError"
  }
}
