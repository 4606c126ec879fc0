import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { LedgerEntryType, PayoutStatus } from "./constants"
import { LedgerEntry } from "./models/ledger-entry"
import { Payout } from "./models/payout"
import { PayoutAccount } from "./models/payout-account"
import type {
  CreateProviderAccountInput,
  OnboardingLinkInput,
  PayoutWebhookEvent,
  ProviderAccount,
  TransferInput,
  TransferLookup,
  TransferLookupInput,
  TransferResult,
  WebhookInput,
} from "./payout-provider"
import type { LedgerEntryRepository, PayoutRepository } from "./repositories"
import type { PayoutProviderService } from "./services/payout-provider"
import { payoutSettings } from "./settings"
import type { PayoutModuleOptions, PayoutSettings } from "./types"

export type LedgerEntryInput = {
  seller_id: string
  currency_code: string
  /** Signed amount in the currency's main unit, as a decimal string or number. */
  amount: string | number
  type: LedgerEntryType
  reference: string
  available_at: Date
  metadata?: Record<string, unknown> | null
}

export type SellerBalance = {
  currency_code: string
  /** Sum of every entry. */
  total: string
  /** Sum of the entries available at the given time: what a payout may take. */
  payable: string
  /** total - payable: credits still on hold. */
  pending: string
}

export type CreatePayoutInput = {
  seller_id: string
  currency_code: string
  /** Main-unit decimal string, > 0 and at most the payable balance. */
  amount: string
  /** The id of the provider the payout goes through. */
  provider: string
}

export type PayoutTransition = {
  to: Exclude<PayoutStatus, "pending">
  /** The statuses the payout may move from; any other (but `to` itself) is refused. */
  from: PayoutStatus[]
  provider_reference?: string | null
  failure_reason?: string | null
}

type InjectedDependencies = {
  ledgerEntryRepository: LedgerEntryRepository
  payoutRepository: PayoutRepository
  payoutProviderService: PayoutProviderService
}

export default class PayoutModuleService extends MedusaService({
  LedgerEntry,
  PayoutAccount,
  Payout,
}) {
  protected readonly ledgerEntryRepository_: LedgerEntryRepository
  protected readonly payoutRepository_: PayoutRepository
  protected readonly payoutProviderService_: PayoutProviderService
  protected readonly settings_: PayoutSettings

  constructor(
    container: InjectedDependencies,
    options: PayoutModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.ledgerEntryRepository_ = container.ledgerEntryRepository
    this.payoutRepository_ = container.payoutRepository
    this.payoutProviderService_ = container.payoutProviderService
    this.settings_ = payoutSettings(options)
  }

  /** Hold days, minimum, schedule and resume delay, as configured or defaulted. */
  getSettings(): PayoutSettings {
    return this.settings_
  }

  /** The id of the provider new payouts and accounts go through. */
  getDefaultProviderId(): string {
    return this.payoutProviderService_.getDefaultProviderId()
  }

  /** Whether the provider pays only sellers with an active account. */
  providerRequiresAccount(providerId: string): boolean {
    return this.payoutProviderService_.requiresAccount(providerId)
  }

  async createProviderAccount(
    providerId: string,
    input: CreateProviderAccountInput
  ): Promise<ProviderAccount> {
    return await this.payoutProviderService_.createAccount(providerId, input)
  }

  async createProviderOnboardingLink(
    providerId: string,
    input: OnboardingLinkInput
  ): Promise<string | null> {
    return await this.payoutProviderService_.createOnboardingLink(
      providerId,
      input
    )
  }

  async transferPayout(
    providerId: string,
    input: TransferInput
  ): Promise<TransferResult> {
    return await this.payoutProviderService_.transfer(providerId, input)
  }

  /** Asks the provider whether it made the transfer of a payout (see PayoutProvider.findTransfer). */
  async findProviderTransfer(
    providerId: string,
    input: TransferLookupInput
  ): Promise<TransferLookup> {
    return await this.payoutProviderService_.findTransfer(providerId, input)
  }

  /** The provider's reading of a webhook (signature verified); see PayoutProviderService. */
  parseProviderWebhook(
    providerId: string,
    input: WebhookInput
  ): PayoutWebhookEvent {
    return this.payoutProviderService_.parseWebhook(providerId, input)
  }

  /**
   * Creates a `pending` payout and its `payout` ledger entry (−amount, reference = payout
   * id, available now) in one transaction, so the funds are reserved exactly when the
   * payout exists. Under a transaction-scoped advisory lock on the seller, it re-reads the
   * payable balance and refuses an amount above it: even callers that bypass the
   * workflow's lock cannot pay the same money twice.
   */
  @InjectTransactionManager()
  async createPayoutWithEntry(
    input: CreatePayoutInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ) {
    const amount = new BigNumber(input.amount)
    if (!amount.isFinite() || amount.lte(0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A payout amount must be positive (got ${input.amount})`
      )
    }
    await this.ledgerEntryRepository_.lockSellerBalance(
      input.seller_id,
      sharedContext
    )
    const now = new Date()
    const payable = await this.ledgerEntryRepository_.sumPayable(
      {
        seller_id: input.seller_id,
        currency_code: input.currency_code,
        at: now,
      },
      sharedContext
    )
    if (amount.gt(payable)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Payout of ${amount.toFixed()} ${input.currency_code} exceeds the payable balance of ${payable}`
      )
    }
    const id = generateEntityId(undefined, "pout")
    const payout = await this.createPayouts(
      {
        id,
        seller_id: input.seller_id,
        currency_code: input.currency_code,
        amount: amount.toFixed() as unknown as number, // bigNumber columns take decimal strings
        status: "pending",
        provider: input.provider,
        idempotency_key: `payout-${id}`,
      },
      sharedContext
    )
    await this.createLedgerEntries(
      asCreateInput([
        {
          seller_id: input.seller_id,
          currency_code: input.currency_code,
          amount: amount.negated().toFixed(),
          type: "payout",
          reference: id,
          available_at: now,
        },
      ]),
      sharedContext
    )
    return payout
  }

  /**
   * Moves a payout to another status under a row lock. Reaching `to` again is a no-op
   * (`changed: false`, so redelivered webhooks and repeated admin clicks do nothing);
   * a status outside `from` is refused. `failed` and `canceled` write the
   * `payout_reversal` entry (+amount) in the same transaction, restoring the balance.
   */
  @InjectTransactionManager()
  async transitionPayout(
    id: string,
    change: PayoutTransition,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ) {
    const current = await this.payoutRepository_.lockForUpdate(
      id,
      sharedContext
    )
    if (!current) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Payout with id: ${id} was not found`
      )
    }
    if (current.status === change.to) {
      return {
        payout: await this.retrievePayout(id, {}, sharedContext),
        changed: false,
      }
    }
    if (!change.from.includes(current.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Payout ${id} is ${current.status} and cannot become ${change.to}`
      )
    }
    const now = new Date()
    await this.updatePayouts(
      {
        id,
        status: change.to,
        ...(change.to === "paid" ? { paid_at: now } : {}),
        ...(change.provider_reference !== undefined
          ? { provider_reference: change.provider_reference }
          : {}),
        ...(change.failure_reason !== undefined
          ? { failure_reason: change.failure_reason }
          : {}),
      },
      sharedContext
    )
    if (change.to === "failed" || change.to === "canceled") {
      await this.createLedgerEntries(
        asCreateInput([
          {
            seller_id: current.seller_id,
            currency_code: current.currency_code,
            amount: current.amount,
            type: "payout_reversal",
            reference: id,
            available_at: now,
            metadata: { reason: change.failure_reason ?? change.to },
          },
        ]),
        sharedContext
      )
    }
    return {
      payout: await this.retrievePayout(id, {}, sharedContext),
      changed: true,
    }
  }

  /**
   * Removes payouts that never reached the provider (still `pending`) with their ledger
   * entry: the compensation of a payout run that failed before the transfer.
   */
  @InjectTransactionManager()
  async discardPendingPayouts(
    ids: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    const pending = await this.payoutRepository_.lockPending(ids, sharedContext)
    if (!pending.length) {
      return []
    }
    const entries = await this.listLedgerEntries(
      { type: "payout", reference: pending },
      { select: ["id"] },
      sharedContext
    )
    await this.deleteLedgerEntries(
      entries.map((entry) => entry.id),
      sharedContext
    )
    await this.deletePayouts(pending, sharedContext)
    return pending
  }

  /** Sellers with, in some currency, a payable balance of at least `minimum` and above 0. */
  @InjectManager()
  async listSellersWithPayableBalance(
    minimum: number,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    return await this.ledgerEntryRepository_.listSellersWithPayableBalance(
      minimum,
      at,
      sharedContext
    )
  }

  /**
   * Writes the entries that do not exist yet; an entry whose (type, reference) is
   * already recorded is skipped, so replaying the event that produced it is a no-op.
   * Returns only the entries this call created. Not one transaction: a unique violation
   * inside it would abort the whole batch (ledger steps run alone, see below).
   */
  @InjectManager()
  async recordLedgerEntries(
    entries: LedgerEntryInput[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const missing = await this.withoutRecorded(entries, sharedContext)
    if (!missing.length) {
      return []
    }
    try {
      return await this.createLedgerEntries(
        asCreateInput(missing),
        sharedContext
      )
    } catch {
      // A concurrent writer recorded some (type, reference) first and the unique index
      // refused the batch: write the rest one by one, skipping what now exists.
      // (Inside a caller's transaction the violation would abort it: ledger steps run alone.)
      const created = []
      for (const entry of await this.withoutRecorded(missing, {})) {
        try {
          created.push(
            ...(await this.createLedgerEntries(asCreateInput([entry]), {}))
          )
        } catch (retryError) {
          if ((await this.withoutRecorded([entry], {})).length > 0) {
            throw retryError
          }
        }
      }
      return created
    }
  }

  private async withoutRecorded(
    entries: LedgerEntryInput[],
    sharedContext: Context
  ) {
    const recorded = await this.listLedgerEntries(
      { $or: entries.map(({ type, reference }) => ({ type, reference })) },
      { select: ["type", "reference"] },
      sharedContext
    )
    const seen = new Set(
      recorded.map((entry) => `${entry.type}:${entry.reference}`)
    )
    return entries.filter((entry) => {
      const key = `${entry.type}:${entry.reference}`
      const fresh = !seen.has(key)
      seen.add(key)
      return fresh
    })
  }

  /** Balance per currency, summed exactly by PostgreSQL's numeric type. */
  @InjectManager()
  async getSellerBalances(
    sellerId: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<SellerBalance[]> {
    const rows = await this.ledgerEntryRepository_.sumBalances(
      sellerId,
      at,
      sharedContext
    )
    return rows.map((row) => ({
      currency_code: row.currency_code,
      total: new BigNumber(row.total).toFixed(),
      payable: new BigNumber(row.payable).toFixed(),
      pending: new BigNumber(row.total).minus(row.payable).toFixed(),
    }))
  }
}

/**
 * The generated input type says number, but bigNumber columns take decimal strings too,
 * and strings keep every digit.
 */
function asCreateInput(entries: LedgerEntryInput[]) {
  return entries as unknown as (Omit<LedgerEntryInput, "amount"> & {
    amount: number
  })[]
}
