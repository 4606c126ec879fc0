import type { Context } from "@medusajs/framework/types"
import { DALUtils } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PayoutStatus } from "../constants"
import { Payout } from "../models/payout"

export type LockedPayout = {
  id: string
  seller_id: string
  currency_code: string
  /** Exact decimal string. */
  amount: string
  status: PayoutStatus
}

/** Row locks on payouts (`FOR UPDATE`: the caller must hold a transaction). */
export class PayoutRepository extends DALUtils.mikroOrmBaseRepositoryFactory(
  Payout
) {
  async lockForUpdate(
    id: string,
    context: Context<SqlEntityManager> = {}
  ): Promise<LockedPayout | undefined> {
    const [row]: LockedPayout[] = await this.getActiveManager<SqlEntityManager>(
      context
    ).execute(
      `SELECT id, seller_id, currency_code, amount::text AS amount, status
         FROM payout WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [id]
    )
    return row
  }

  /** Locks the payouts among `ids` that are still `pending` and returns their ids. */
  async lockPending(
    ids: string[],
    context: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    if (!ids.length) {
      return []
    }
    const rows: { id: string }[] =
      await this.getActiveManager<SqlEntityManager>(context).execute(
        `SELECT id FROM payout WHERE id IN (${ids.map(() => "?").join(", ")}) AND status = 'pending'
          AND deleted_at IS NULL FOR UPDATE`,
        ids
      )
    return rows.map((row) => row.id)
  }
}
