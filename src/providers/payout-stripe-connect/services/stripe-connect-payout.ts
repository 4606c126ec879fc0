import { setTimeout as sleep } from "node:timers/promises"
import type { PayoutAccountStatus } from "../../../modules/payout/constants"
import {
  CreateProviderAccountInput,
  OnboardingLinkInput,
  PayoutProvider,
  PayoutProviderError,
  PayoutWebhookEvent,
  ProviderAccount,
  TransferInput,
  TransferLookup,
  TransferLookupInput,
  TransferResult,
  WebhookInput,
} from "../../../modules/payout/payout-provider"
import { formEncode, FormObject } from "../form-encode"
import { verifyStripeSignature } from "../stripe-signature"
import { toMinorUnits } from "../to-minor-units"

export type StripeConnectPayoutOptions = {
  apiKey: string
  /** Defaults to https://api.stripe.com; tests point it at a loopback server. */
  apiBase?: string
  /** The webhook endpoint's signing secret (`whsec_...`); webhooks are refused without it. */
  webhookSecret?: string
}

const DEFAULT_API_BASE = "https://api.stripe.com"
const REQUEST_TIMEOUT_MS = 20_000
/** Network errors and 5xx are retried with the same Idempotency-Key (Stripe's advice). */
const RETRY_DELAYS_MS = [250, 750]

type StripeAccount = {
  id: string
  country?: string
  payouts_enabled?: boolean
  details_submitted?: boolean
  requirements?: { disabled_reason?: string | null } | null
}

type StripeEvent = {
  id: string
  type: string
  data?: { object?: Record<string, unknown> }
}

/**
 * Stripe Connect with Express accounts, through Stripe's REST API (form-encoded bodies,
 * bearer secret key): `POST /v1/accounts` and `/v1/account_links` for onboarding,
 * `POST /v1/transfers` (with an Idempotency-Key) to move a payout to the connected
 * account, and signed webhooks (`account.updated`, `transfer.reversed`, `payout.failed`).
 */
export class StripeConnectPayoutProvider implements PayoutProvider {
  static identifier = "stripe-connect"
  readonly identifier = StripeConnectPayoutProvider.identifier
  readonly requiresAccount = true

  protected readonly apiKey: string
  protected readonly apiBase: string
  protected readonly webhookSecret?: string

  constructor(
    _container: Record<string, unknown>,
    options: StripeConnectPayoutOptions
  ) {
    StripeConnectPayoutProvider.validateOptions(options)
    this.apiKey = options.apiKey
    this.apiBase = (options.apiBase || DEFAULT_API_BASE).replace(/\/+$/, "")
    this.webhookSecret = options.webhookSecret || undefined
  }

  static validateOptions(
    options: Partial<StripeConnectPayoutOptions> | undefined
  ): void {
    if (typeof options?.apiKey !== "string" || !options.apiKey.trim()) {
      throw new Error("[payout-stripe-connect] option `apiKey` is required")
    }
    if (
      options.apiBase !== undefined &&
      !/^https?:\/\/[^\s]+$/.test(options.apiBase)
    ) {
      throw new Error(
        "[payout-stripe-connect] option `apiBase` must be an http(s) URL"
      )
    }
  }

  async createAccount(
    input: CreateProviderAccountInput
  ): Promise<ProviderAccount> {
    const account = await this.post<StripeAccount>("/v1/accounts", {
      type: "express",
      email: input.email ?? undefined,
      capabilities: { transfers: { requested: true } },
      metadata: { seller_id: input.seller_id },
    })
    return toProviderAccount(account)
  }

  async createOnboardingLink(input: OnboardingLinkInput): Promise<string> {
    const link = await this.post<{ url: string }>("/v1/account_links", {
      account: input.external_id,
      type: "account_onboarding",
      return_url: input.return_url,
      refresh_url: input.refresh_url,
    })
    return link.url
  }

  async transfer(input: TransferInput): Promise<TransferResult> {
    if (!input.destination) {
      throw new PayoutProviderError(
        "A Stripe transfer needs a connected account"
      )
    }
    const transfer = await this.post<{ id: string }>(
      "/v1/transfers",
      {
        amount: toMinorUnits(input.amount, input.decimal_digits),
        currency: input.currency_code.toLowerCase(),
        destination: input.destination,
        transfer_group: input.payout_id,
        metadata: { payout_id: input.payout_id, seller_id: input.seller_id },
      },
      input.idempotency_key
    )
    return { status: "paid", reference: transfer.id }
  }

  /**
   * `GET /v1/transfers?transfer_group=<payout id>`: every transfer of a payout carries its id
   * as `transfer_group` (and in `metadata.payout_id`), and its idempotency key made at most
   * one. A reversed transfer did not pay the seller.
   */
  async findTransfer(input: TransferLookupInput): Promise<TransferLookup> {
    const list = await this.get<{
      data: {
        id: string
        reversed?: boolean
        metadata?: Record<string, string>
      }[]
    }>("/v1/transfers", { transfer_group: input.payout_id, limit: "10" })
    const transfer = list.data.find(
      (candidate) =>
        !candidate.reversed &&
        (candidate.metadata?.payout_id ?? input.payout_id) === input.payout_id
    )
    return transfer
      ? { status: "paid", reference: transfer.id }
      : { status: "not_found" }
  }

  parseWebhook({ rawBody, headers }: WebhookInput): PayoutWebhookEvent {
    if (!this.webhookSecret) {
      throw new PayoutProviderError(
        "The stripe-connect provider has no webhook secret configured",
        404
      )
    }
    verifyStripeSignature(
      headers["stripe-signature"],
      rawBody,
      this.webhookSecret
    )
    const event = JSON.parse(rawBody.toString()) as StripeEvent
    const object = event.data?.object ?? {}
    const metadata = (object.metadata ?? {}) as Record<string, unknown>
    const payoutId =
      typeof metadata.payout_id === "string" ? metadata.payout_id : null
    switch (event.type) {
      case "account.updated": {
        const account = toProviderAccount(object as StripeAccount)
        return {
          type: "account_updated",
          id: event.id,
          external_id: String(object.id),
          status: account.status,
        }
      }
      case "transfer.reversed":
        if (object.reversed !== true) {
          // A partial reversal: the payout stays paid; the operator books the difference.
          return {
            type: "ignored",
            id: event.id,
            provider_type: `${event.type} (partial)`,
          }
        }
        return {
          type: "transfer_failed",
          id: event.id,
          reference: String(object.id),
          payout_id: payoutId,
          reason: "Stripe reversed the transfer",
        }
      case "payout.failed":
        return {
          type: "transfer_failed",
          id: event.id,
          reference: null,
          payout_id: payoutId,
          reason: `Stripe payout failed: ${String(object.failure_message ?? object.failure_code ?? "unknown reason")}`,
        }
      default:
        return { type: "ignored", id: event.id, provider_type: event.type }
    }
  }

  protected async post<T>(
    path: string,
    body: FormObject,
    idempotencyKey?: string
  ): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.apiKey}`,
      "content-type": "application/x-www-form-urlencoded",
    }
    if (idempotencyKey) {
      headers["idempotency-key"] = idempotencyKey
    }
    return await this.request<T>(path, {
      method: "POST",
      headers,
      body: formEncode(body),
    })
  }

  protected async get<T>(
    path: string,
    query: Record<string, string>
  ): Promise<T> {
    return await this.request<T>(`${path}?${new URLSearchParams(query)}`, {
      method: "GET",
      headers: { authorization: `Bearer ${this.apiKey}` },
    })
  }

  /** Network errors and 5xx are retried; a POST keeps its Idempotency-Key across attempts. */
  protected async request<T>(
    path: string,
    init: { method: string; headers: Record<string, string>; body?: string }
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const retryable = attempt < RETRY_DELAYS_MS.length
      let response: Response
      try {
        response = await fetch(`${this.apiBase}${path}`, {
          ...init,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        })
      } catch (error) {
        if (retryable) {
          await sleep(RETRY_DELAYS_MS[attempt])
          continue
        }
        throw new PayoutProviderError(
          `Stripe ${path} could not be reached: ${error instanceof Error ? error.message : String(error)}`
        )
      }
      if (response.ok) {
        return (await response.json()) as T
      }
      if (response.status >= 500 && retryable) {
        await response.text().catch(() => "")
        await sleep(RETRY_DELAYS_MS[attempt])
        continue
      }
      throw new PayoutProviderError(
        `Stripe ${path} answered HTTP ${response.status}: ${await stripeErrorMessage(response)}`,
        response.status
      )
    }
  }
}

function toProviderAccount(account: StripeAccount): ProviderAccount {
  let status: PayoutAccountStatus = "pending"
  if (account.payouts_enabled) {
    status = "active"
  } else if (
    account.details_submitted &&
    account.requirements?.disabled_reason
  ) {
    status = "restricted"
  }
  return {
    external_id: account.id,
    status,
    data: {
      country: account.country ?? null,
      details_submitted: account.details_submitted ?? false,
    },
  }
}

async function stripeErrorMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => "")
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string } }
    return parsed.error?.message ?? text.slice(0, 300)
  } catch {
    return text.slice(0, 300)
  }
}
