import { z } from "@medusajs/framework/zod"

/** Amounts are decimal strings in the currency's main unit (like balances), counts numbers. */
const SellerStatsFigures = {
  orders: z.number().int(),
  units: z.number(),
  gross_sales: z.string(),
  average_order_value: z.string(),
  refunds: z.string(),
  commission: z.string(),
}

export const SellerDayStats = z
  .object({ date: z.string().meta({ format: "date" }), ...SellerStatsFigures })
  .meta({ id: "SellerDayStats" })
export type SellerDayStats = z.infer<typeof SellerDayStats>

export const SellerCurrencyStats = z
  .object({
    currency_code: z.string(),
    totals: z.object(SellerStatsFigures),
    /** Every UTC day of the period, oldest first, zero-filled. */
    days: z.array(SellerDayStats),
  })
  .meta({ id: "SellerCurrencyStats" })
export type SellerCurrencyStats = z.infer<typeof SellerCurrencyStats>

export const VendorStatsResponse = z.object({
  stats: z.object({
    from: z.string().meta({ format: "date" }),
    to: z.string().meta({ format: "date" }),
    currencies: z.array(SellerCurrencyStats),
  }),
})
export type VendorStatsResponse = z.infer<typeof VendorStatsResponse>
