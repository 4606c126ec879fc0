import { Text } from "@medusajs/ui"
import type { SellerCurrencyStats } from "../../../../src/types/http"
import { formatMoney } from "../../lib/shared"

/** Gross sales per day as bars (an SVG, no chart library). */
export const SalesChart = ({ stats }: { stats: SellerCurrencyStats }) => {
  const values = stats.days.map((day) => Number(day.gross_sales))
  const max = Math.max(...values, 0) || 1
  const width = 100 / Math.max(stats.days.length, 1)
  return (
    <figure className="flex flex-col gap-2 px-6 py-4" data-testid="sales-chart">
      <svg
        viewBox="0 0 100 40"
        preserveAspectRatio="none"
        className="h-40 w-full"
        role="img"
        aria-label={`Gross sales per day in ${stats.currency_code.toUpperCase()}`}
      >
        {stats.days.map((day, index) => {
          const height = (Number(day.gross_sales) / max) * 38
          return (
            <rect
              key={day.date}
              x={index * width + width * 0.15}
              y={40 - height}
              width={width * 0.7}
              height={height}
              className="fill-ui-fg-interactive"
            >
              <title>
                {day.date}: {formatMoney(day.gross_sales, stats.currency_code)}
              </title>
            </rect>
          )
        })}
      </svg>
      <figcaption className="flex justify-between">
        <Text size="xsmall" className="text-ui-fg-muted">
          {stats.days[0]?.date}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {stats.days[stats.days.length - 1]?.date}
        </Text>
      </figcaption>
    </figure>
  )
}
