import type { Context } from "@medusajs/framework/types"
import { DALUtils } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { LedgerEntry } from "../models/ledger-entry"

export type LedgerBalanceRow = {
  currency_code: string
  total: string
  payable: string
}

/**
 * The ledger's sums, computed exactly by PostgreSQL's numeric type, and the lock that
 * serialises reservations of one seller's balance.
 */
export class LedgerEntryRepository extends DALUtils.mikroOrmBaseRepositoryFactory(
  LedgerEntry
) {
  /** A transaction-scoped advisory lock on the seller's balance (needs a transaction). */
  async lockSellerBalance(
    sellerId: string,
    context: Context<SqlEntityManager> = {}
  ): Promise<void> {
    await this.manager(context).execute(
      `SELECT pg_advisory_xact_lock(hashtext(?))`,
      [`payout:${sellerId}`]
    )
  }

  /** Sum of a seller's entries in one currency available at `at`, as a decimal string. */
  async sumPayable(
    {
      seller_id,
      currency_code,
      at,
    }: { seller_id: string; currency_code: string; at: Date },
    context: Context<SqlEntityManager> = {}
  ): Promise<string> {
    const [{ payable }]: { payable: string }[] = await this.manager(
      context
    ).execute(
      `SELECT COALESCE(SUM(amount), 0)::text AS payable
         FROM ledger_entry
        WHERE seller_id = ? AND currency_code = ? AND available_at <= ? AND deleted_at IS NULL`,
      [seller_id, currency_code, at]
    )
    return payable
  }

  /** Per currency: the sum of every entry and of those available at `at`. */
  async sumBalances(
    sellerId: string,
    at: Date,
    context: Context<SqlEntityManager> = {}
  ): Promise<LedgerBalanceRow[]> {
    return await this.manager(context).execute(
      `SELECT currency_code,
              SUM(amount)::text AS total,
              SUM(CASE WHEN available_at <= ? THEN amount ELSE 0 END)::text AS payable
         FROM ledger_entry
        WHERE seller_id = ? AND deleted_at IS NULL
        GROUP BY currency_code
        ORDER BY currency_code`,
      [at, sellerId]
    )
  }

  /** Sellers with, in some currency, a payable balance above 0 and of at least `minimum`. */
  async listSellersWithPayableBalance(
    minimum: number,
    at: Date,
    context: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    const rows: { seller_id: string }[] = await this.manager(context).execute(
      `SELECT DISTINCT seller_id FROM (
         SELECT seller_id, SUM(CASE WHEN available_at <= ? THEN amount ELSE 0 END) AS payable
           FROM ledger_entry
          WHERE deleted_at IS NULL
          GROUP BY seller_id, currency_code
       ) balances
       WHERE payable > 0 AND payable >= ?
       ORDER BY seller_id`,
      [at, String(minimum)]
    )
    return rows.map((row) => row.seller_id)
  }

  private manager(context: Context<SqlEntityManager>): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }
}
