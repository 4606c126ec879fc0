import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import BigNumber from "bignumber.js"
import { shiftDay } from "./validators"

/** One day of a seller's performance in one currency; amounts are decimal strings in the main unit. */
export type SellerDayStats = {
  date: string
  orders: number
  units: number
  gross_sales: string
  average_order_value: string
  refunds: string
  commission: string
}

export type SellerCurrencyStats = {
  currency_code: string
  totals: Omit<SellerDayStats, "date">
  /** Every day of the period, oldest first, zero-filled. */
  days: SellerDayStats[]
}

export type SellerStats = {
  from: string
  to: string
  currencies: SellerCurrencyStats[]
}

export type SellerStatsQuery = {
  seller_id: string
  /** First and last UTC day of the period (`YYYY-MM-DD`, inclusive). */
  from: string
  to: string
  currency_code?: string
}

/** The seller ↔ order link table (src/links/seller-order.ts), as Medusa's Link Module names it. */
const SELLER_ORDER_LINK_TABLE = "seller_seller_order_order"

type OrderRow = {
  day: string
  currency_code: string
  orders: number
  units: string
  gross_sales: string
  commission: string
}
type RefundRow = { day: string; currency_code: string; refunds: string }

/**
 * A seller's orders, units, gross sales, average order value, refunds and commission per
 * UTC day and currency, aggregated by PostgreSQL over the order tables through the
 * seller ↔ order link (no order is loaded into memory):
 *
 * - orders, units, gross sales and commission count the orders placed that day, canceled
 *   and draft orders excluded; gross sales are the orders' totals when placed (tax and
 *   shipping included, discounts deducted), each rounded half-up to the currency's minor
 *   unit as the capture does; units are the quantities ordered, commission the order's
 *   commission lines;
 * - refunds are the refunds paid that day (the seller's `refund` ledger entries), whatever
 *   day their order was placed;
 * - the average order value is gross sales / orders, rounded half-up to the currency's
 *   minor unit.
 */
export async function computeSellerStats(
  knex: Knex,
  query: SellerStatsQuery
): Promise<SellerStats> {
  const start = `${query.from}T00:00:00.000Z`
  const end = `${shiftDay(query.to, 1)}T00:00:00.000Z`
  const currencyFilter = (column: string) =>
    query.currency_code ? `AND ${column} = ?` : ""
  const currencyBinding = query.currency_code ? [query.currency_code] : []
  const rows = async <T>(sql: string, bindings: Knex.RawBinding[]) =>
    ((await knex.raw(sql, bindings)) as { rows: T[] }).rows

  const [orderRows, refundRows] = await Promise.all([
    rows<OrderRow>(
      `WITH seller_orders AS (
         SELECT o.id, o.currency_code, COALESCE(c.decimal_digits, 2) AS digits,
                to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
           FROM ${SELLER_ORDER_LINK_TABLE} link
           JOIN "order" o ON o.id = link.order_id
           LEFT JOIN currency c ON c.code = o.currency_code
          WHERE link.seller_id = ? AND link.deleted_at IS NULL
            AND o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'canceled'
            AND o.created_at >= ? AND o.created_at < ? ${currencyFilter("o.currency_code")}
       )
       SELECT so.day, so.currency_code,
              COUNT(*)::int AS orders,
              COALESCE(SUM(placed.total), 0)::text AS gross_sales,
              COALESCE(SUM(ordered.units), 0)::text AS units,
              COALESCE(SUM(charged.amount), 0)::text AS commission
         FROM seller_orders so
         LEFT JOIN LATERAL (
           SELECT ROUND(COALESCE((s.totals -> 'raw_original_order_total' ->> 'value')::numeric,
                                 (s.totals ->> 'original_order_total')::numeric), so.digits) AS total
             FROM order_summary s
            WHERE s.order_id = so.id AND s.deleted_at IS NULL
            ORDER BY s.version DESC LIMIT 1
         ) placed ON true
         LEFT JOIN LATERAL (
           SELECT SUM(latest.quantity) AS units
             FROM (SELECT DISTINCT ON (oi.item_id) oi.quantity
                     FROM order_item oi
                    WHERE oi.order_id = so.id AND oi.deleted_at IS NULL
                    ORDER BY oi.item_id, oi.version DESC) latest
         ) ordered ON true
         LEFT JOIN LATERAL (
           SELECT SUM(cl.amount) AS amount
             FROM commission_line cl
            WHERE cl.order_id = so.id AND cl.seller_id = ? AND cl.deleted_at IS NULL
         ) charged ON true
        GROUP BY so.day, so.currency_code`,
      [query.seller_id, start, end, ...currencyBinding, query.seller_id]
    ),
    rows<RefundRow>(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, currency_code,
              (-SUM(amount))::text AS refunds
         FROM ledger_entry
        WHERE seller_id = ? AND type = 'refund' AND deleted_at IS NULL
          AND created_at >= ? AND created_at < ? ${currencyFilter("currency_code")}
        GROUP BY day, currency_code`,
      [query.seller_id, start, end, ...currencyBinding]
    ),
  ])

  const codes = [
    ...new Set(
      [...orderRows, ...refundRows]
        .map((row) => row.currency_code)
        .concat(query.currency_code ?? [])
    ),
  ].sort()
  const digits = await decimalDigits(knex, codes)
  const period = daysOf(query.from, query.to)
  const currencies = codes.map((currency_code) => {
    const round = (value: BigNumber) =>
      value.decimalPlaces(
        digits.get(currency_code) ?? 2,
        BigNumber.ROUND_HALF_UP
      )
    const days = period.map((date) => {
      const placed = orderRows.find(
        (row) => row.day === date && row.currency_code === currency_code
      )
      const refunded = refundRows.find(
        (row) => row.day === date && row.currency_code === currency_code
      )
      return dayStats(date, placed, refunded, round)
    })
    const sum = (pick: (day: SellerDayStats) => string | number) =>
      days.reduce((total, day) => total.plus(pick(day)), new BigNumber(0))
    const orders = sum((day) => day.orders).toNumber()
    const gross = sum((day) => day.gross_sales)
    return {
      currency_code,
      totals: {
        orders,
        units: sum((day) => day.units).toNumber(),
        gross_sales: gross.toFixed(),
        average_order_value: orders
          ? round(gross.dividedBy(orders)).toFixed()
          : "0",
        refunds: sum((day) => day.refunds).toFixed(),
        commission: sum((day) => day.commission).toFixed(),
      },
      days,
    }
  })
  return { from: query.from, to: query.to, currencies }
}

function dayStats(
  date: string,
  placed: OrderRow | undefined,
  refunded: RefundRow | undefined,
  round: (value: BigNumber) => BigNumber
): SellerDayStats {
  const orders = placed?.orders ?? 0
  const gross = new BigNumber(placed?.gross_sales ?? 0)
  return {
    date,
    orders,
    units: new BigNumber(placed?.units ?? 0).toNumber(),
    gross_sales: gross.toFixed(),
    average_order_value: orders
      ? round(gross.dividedBy(orders)).toFixed()
      : "0",
    refunds: new BigNumber(refunded?.refunds ?? 0).toFixed(),
    commission: new BigNumber(placed?.commission ?? 0).toFixed(),
  }
}

function daysOf(from: string, to: string): string[] {
  const count =
    Math.round(
      (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) /
        (24 * 60 * 60 * 1000)
    ) + 1
  return Array.from({ length: Math.max(count, 0) }, (_, index) =>
    shiftDay(from, index)
  )
}

/** Minor-unit digits per currency from the Currency Module's table (2 when unknown). */
async function decimalDigits(
  knex: Knex,
  codes: string[]
): Promise<Map<string, number>> {
  if (!codes.length) {
    return new Map()
  }
  const { rows } = (await knex.raw(
    `SELECT code, decimal_digits FROM currency WHERE code IN (${codes.map(() => "?").join(", ")})`,
    codes
  )) as { rows: { code: string; decimal_digits: number }[] }
  return new Map(rows.map((row) => [row.code, row.decimal_digits]))
}
