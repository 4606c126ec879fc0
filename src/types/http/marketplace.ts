import { z } from "@medusajs/framework/zod"
import { REQUEST_TYPES } from "../../modules/request/constants"
import { SELLER_STATUSES } from "../../modules/seller/constants"
import { Timestamp } from "./common"

const Decimal = z.string().meta({
  description: 'A decimal amount in the currency\'s main unit, e.g. "12.5"',
})
const CurrencyAmount = z.object({ currency_code: z.string(), amount: Decimal })

/** The figures of the admin's marketplace overview, each computed by one SQL aggregate. */
export const MarketplaceOverview = z
  .object({
    period: z.object({
      from: Timestamp,
      to: Timestamp,
      days: z.number().int(),
    }),
    pending_requests: z.object({
      total: z.number().int(),
      by_type: z.partialRecord(z.enum(REQUEST_TYPES), z.number().int()),
    }),
    sellers_by_status: z.record(z.enum(SELLER_STATUSES), z.number().int()),
    sales_by_day: z
      .array(
        z.object({
          date: z.string().meta({ format: "date" }),
          orders: z.number().int(),
          gross: z.array(CurrencyAmount),
        })
      )
      .meta({
        description:
          "One entry per UTC day of the period, oldest first, zero-filled",
      }),
    commission: z
      .array(
        z.object({
          currency_code: z.string(),
          earned: Decimal,
          earned_in_period: Decimal,
        })
      )
      .meta({
        description: "Commission booked on captured sales, net of reversals",
      }),
    payouts_due: z
      .array(CurrencyAmount.extend({ sellers: z.number().int() }))
      .meta({
        description:
          "What the next payout run would pay: positive payable balances",
      }),
    payouts_in_progress: z.number().int(),
  })
  .meta({ id: "MarketplaceOverview" })
export type MarketplaceOverview = z.infer<typeof MarketplaceOverview>

export const AdminMarketplaceOverviewResponse = z.object({
  overview: MarketplaceOverview,
})
export type AdminMarketplaceOverviewResponse = z.infer<
  typeof AdminMarketplaceOverviewResponse
>
