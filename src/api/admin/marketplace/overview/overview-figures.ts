import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { RequestType } from "../../../../modules/request"
import {
  SELLER_STATUSES,
  type SellerStatus,
} from "../../../../modules/seller/constants"
import type { MarketplaceOverview } from "../../../../types/http"
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The operator's overview, each figure one aggregate query in PostgreSQL (nothing is
 * loaded row by row). Amounts are decimal strings in the currency's main unit.
 */
export async function computeMarketplaceOverview(
  knex: Knex,
  { days, now = new Date() }: { days: number; now?: Date }
): Promise<MarketplaceOverview> {
  const today = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate()
  )
  const from = new Date(today - (days - 1) * DAY_MS)
  const rows = async <T>(sql: string, bindings: Knex.RawBinding[] = []) =>
    ((await knex.raw(sql, bindings)) as { rows: T[] }).rows

  const [requests, sellers, orders, gross, commission, due, inProgress] =
    await Promise.all([
      rows<{ type: RequestType; count: number }>(
        `SELECT type, COUNT(*)::int AS count FROM request
        WHERE status = 'pending' AND deleted_at IS NULL GROUP BY type`
      ),
      rows<{ status: SellerStatus; count: number }>(
        `SELECT status, COUNT(*)::int AS count FROM seller WHERE deleted_at IS NULL GROUP BY status`
      ),
      rows<{ day: string; count: number }>(
        `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, COUNT(*)::int AS count
         FROM "order"
        WHERE created_at >= ? AND deleted_at IS NULL AND is_draft_order = false
        GROUP BY day`,
        [from]
      ),
      rows<{ day: string; currency_code: string; amount: string }>(
        `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, currency_code,
              SUM(total)::text AS amount
         FROM order_group
        WHERE created_at >= ? AND deleted_at IS NULL
        GROUP BY day, currency_code`,
        [from]
      ),
      rows<{ currency_code: string; earned: string; earned_in_period: string }>(
        `SELECT currency_code,
              (-SUM(amount))::text AS earned,
              (-COALESCE(SUM(amount) FILTER (WHERE created_at >= ?), 0))::text AS earned_in_period
         FROM ledger_entry
        WHERE type IN ('commission', 'commission_reversal') AND deleted_at IS NULL
        GROUP BY currency_code ORDER BY currency_code`,
        [from]
      ),
      rows<{ currency_code: string; amount: string; sellers: number }>(
        `SELECT currency_code, SUM(payable)::text AS amount, COUNT(*)::int AS sellers
         FROM (SELECT seller_id, currency_code, SUM(amount) AS payable
                 FROM ledger_entry
                WHERE available_at <= ? AND deleted_at IS NULL
                GROUP BY seller_id, currency_code) AS balances
        WHERE payable > 0
        GROUP BY currency_code ORDER BY currency_code`,
        [now]
      ),
      rows<{ count: number }>(
        `SELECT COUNT(*)::int AS count FROM payout
        WHERE status IN ('pending', 'processing') AND deleted_at IS NULL`
      ),
    ])

  const ordersByDay = new Map(orders.map((row) => [row.day, row.count]))
  const sales_by_day = Array.from({ length: days }, (_, index) => {
    const date = new Date(from.getTime() + index * DAY_MS)
      .toISOString()
      .slice(0, 10)
    return {
      date,
      orders: ordersByDay.get(date) ?? 0,
      gross: gross
        .filter((row) => row.day === date)
        .map(({ currency_code, amount }) => ({ currency_code, amount }))
        .sort((a, b) => a.currency_code.localeCompare(b.currency_code)),
    }
  })

  return {
    period: { from: from.toISOString(), to: now.toISOString(), days },
    pending_requests: {
      total: requests.reduce((sum, row) => sum + row.count, 0),
      by_type: Object.fromEntries(requests.map((row) => [row.type, row.count])),
    },
    sellers_by_status: Object.fromEntries(
      SELLER_STATUSES.map((status) => [
        status,
        sellers.find((row) => row.status === status)?.count ?? 0,
      ])
    ) as MarketplaceOverview["sellers_by_status"],
    sales_by_day,
    commission,
    payouts_due: due,
    payouts_in_progress: inProgress[0]?.count ?? 0,
  }
}
