import { z } from "@medusajs/framework/zod"

/** Longest period one request may cover: a year, leap day included. */
export const MAX_STATS_DAYS = 366
/** The period when the client gives no `from`: 30 days up to `to`. */
export const DEFAULT_STATS_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/** The days a period may start and end on (PostgreSQL and JavaScript both handle them). */
const FIRST_DAY = "1970-01-01"
const LAST_DAY = "9998-12-31"

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/

/** An ISO 8601 date (or date-time, read as its UTC day) → `YYYY-MM-DD`; anything else is refused. */
const StatsDay = z
  .string()
  .trim()
  .regex(ISO_DATE, "must be an ISO 8601 date such as 2026-01-31")
  .transform((value, context) => {
    const day = utcDay(value)
    if (!day) {
      context.addIssue({
        code: "custom",
        message: `${value} is not a valid date`,
      })
      return z.NEVER
    }
    if (day < FIRST_DAY || day > LAST_DAY) {
      context.addIssue({
        code: "custom",
        message: `${value} is not between ${FIRST_DAY} and ${LAST_DAY}`,
      })
      return z.NEVER
    }
    return day
  })

export const VendorGetStatsParams = z
  .object({
    from: StatsDay.optional(),
    to: StatsDay.optional(),
    currency_code: z.string().trim().toLowerCase().length(3).optional(),
  })
  .strict()
  .superRefine((query, context) => {
    const { from, to } = statsPeriod(query)
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1
    if (days < 1) {
      context.addIssue({
        code: "custom",
        path: ["from"],
        message: "from must not be after to",
      })
    } else if (days > MAX_STATS_DAYS) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: `The period may cover at most ${MAX_STATS_DAYS} days (got ${days})`,
      })
    }
  })
export type VendorGetStatsParamsType = z.infer<typeof VendorGetStatsParams>

/** The period a request asks for: `to` defaults to today, `from` to 30 days up to `to`. */
export function statsPeriod(query: { from?: string; to?: string }): {
  from: string
  to: string
} {
  const to = query.to ?? new Date().toISOString().slice(0, 10)
  return { from: query.from ?? shiftDay(to, -(DEFAULT_STATS_DAYS - 1)), to }
}

function utcDay(value: string): string | null {
  const calendarDay = value.slice(0, 10)
  const midnight = Date.parse(`${calendarDay}T00:00:00Z`)
  // JavaScript reads 2026-02-30 as March 2nd: the calendar day must come back unchanged.
  if (
    Number.isNaN(midnight) ||
    new Date(midnight).toISOString().slice(0, 10) !== calendarDay
  ) {
    return null
  }
  const time = value.length === 10 ? midnight : Date.parse(value)
  const day = Number.isNaN(time)
    ? ""
    : new Date(time).toISOString().slice(0, 10)
  // An offset can push the last day of year 9999 out of the four-digit years.
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null
}

export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10)
}
