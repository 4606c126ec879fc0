import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { LedgerEntry, LedgerEntryType } from "./models/ledger-entry"
import { Payout } from "./models/payout"
import { PayoutAccount } from "./models/payout-account"

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

export default class PayoutModuleService extends MedusaService({
  LedgerEntry,
  PayoutAccount,
  Payout,
}) {
  /**
   * Writes the entries that do not exist yet; an entry whose (type, reference) is
   * already recorded is skipped, so replaying the event that produced it is a no-op.
   * Returns only the entries this call created.
   */
  async recordLedgerEntries(
    entries: LedgerEntryInput[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const missing = await this.withoutRecorded(entries, sharedContext)
    if (!missing.length) {
      return []
    }
    try {
      return await this.createLedgerEntries(asCreateInput(missing), sharedContext)
    } catch {
      // A concurrent writer recorded some (type, reference) first and the unique index
      // refused the batch: write the rest one by one, skipping what now exists.
      // (Inside a caller's transaction the violation would abort it: ledger steps run alone.)
      const created = []
      for (const entry of await this.withoutRecorded(missing, {})) {
        try {
          created.push(...(await this.createLedgerEntries(asCreateInput([entry]), {})))
        } catch (retryError) {
          if ((await this.withoutRecorded([entry], {})).length > 0) {
            throw retryError
          }
        }
      }
      return created
    }
  }

  private async withoutRecorded(entries: LedgerEntryInput[], sharedContext: Context) {
    const recorded = await this.listLedgerEntries(
      { $or: entries.map(({ type, reference }) => ({ type, reference })) },
      { select: ["type", "reference"] },
      sharedContext
    )
    const seen = new Set(recorded.map((entry) => `${entry.type}:${entry.reference}`))
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
    const rows: { currency_code: string; total: string; payable: string }[] =
      await sharedContext.manager!.execute(
        `SELECT currency_code,
                SUM(amount)::text AS total,
                SUM(CASE WHEN available_at <= ? THEN amount ELSE 0 END)::text AS payable
           FROM ledger_entry
          WHERE seller_id = ? AND deleted_at IS NULL
          GROUP BY currency_code
          ORDER BY currency_code`,
        [at, sellerId]
      )
    return rows.map((row) => ({
      currency_code: row.currency_code,
      total: row.total,
      payable: row.payable,
      pending: new BigNumber(row.total).minus(row.payable).toFixed(),
    }))
  }
}

/**
 * The generated input type says number, but bigNumber columns take decimal strings too,
 * and strings keep every digit.
 */
function asCreateInput(entries: LedgerEntryInput[]) {
  return entries as unknown as (Omit<LedgerEntryInput, "amount"> & { amount: number })[]
}
