import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatMoney } from "../../../lib/format"
import type { MarketplaceOverview } from "../../../lib/types"

const WIDTH = 720
const HEIGHT = 220
const PAD = { top: 16, right: 56, bottom: 28, left: 36 }

/** A round top for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
function niceMax(max: number): number {
  if (max <= 0) {
    return 1
  }
  const power = 10 ** Math.floor(Math.log10(max))
  return (
    [1, 2, 5, 10]
      .map((step) => step * power)
      .find((candidate) => candidate >= max) ?? max
  )
}

/**
 * Orders per day as bars (left axis) and gross sales of the main currency as a line
 * (right axis), drawn in plain SVG.
 */
export const SalesChart = ({
  days,
}: {
  days: MarketplaceOverview["sales_by_day"]
}) => {
  const { t } = useTranslation()
  const totals = new Map<string, number>()
  for (const day of days) {
    for (const gross of day.gross) {
      totals.set(
        gross.currency_code,
        (totals.get(gross.currency_code) ?? 0) + Number(gross.amount)
      )
    }
  }
  const currency = [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  const grossOf = (day: (typeof days)[number]) =>
    Number(day.gross.find((g) => g.currency_code === currency)?.amount ?? 0)

  // At least 0 / 1 / 2 on the orders axis, so its three ticks are distinct whole numbers.
  const maxOrders = niceMax(Math.max(2, ...days.map((day) => day.orders)))
  const maxGross = niceMax(Math.max(...days.map(grossOf)))
  const plotWidth = WIDTH - PAD.left - PAD.right
  const plotHeight = HEIGHT - PAD.top - PAD.bottom
  const slot = plotWidth / days.length
  const x = (index: number) => PAD.left + slot * index + slot / 2
  const yOrders = (value: number) =>
    PAD.top + plotHeight - (value / maxOrders) * plotHeight
  const yGross = (value: number) =>
    PAD.top + plotHeight - (value / maxGross) * plotHeight
  const line = days
    .map(
      (day, index) =>
        `${index ? "L" : "M"}${x(index).toFixed(1)},${yGross(grossOf(day)).toFixed(1)}`
    )
    .join(" ")
  const ticks = [0, 0.5, 1]
  const labelEvery = Math.ceil(days.length / 6)

  return (
    <div className="flex flex-col gap-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-label={t("marketplace.overview.chartLabel")}
        data-testid="sales-chart"
      >
        <g className="text-ui-border-base">
          {ticks.map((tick) => (
            <line
              key={tick}
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={yOrders(tick * maxOrders)}
              y2={yOrders(tick * maxOrders)}
              stroke="currentColor"
              strokeDasharray={tick ? "3 3" : undefined}
            />
          ))}
        </g>
        <g className="text-ui-fg-muted" fontSize="10" fill="currentColor">
          {ticks.map((tick) => (
            <text
              key={`o${tick}`}
              x={PAD.left - 6}
              y={yOrders(tick * maxOrders) + 3}
              textAnchor="end"
            >
              {Number.isInteger(tick * maxOrders)
                ? tick * maxOrders
                : (tick * maxOrders).toFixed(1)}
            </text>
          ))}
          {currency &&
            ticks.map((tick) => (
              <text
                key={`g${tick}`}
                x={WIDTH - PAD.right + 6}
                y={yGross(tick * maxGross) + 3}
                textAnchor="start"
              >
                {formatMoney(tick * maxGross, currency).replace(/\.00$/, "")}
              </text>
            ))}
          {days.map((day, index) =>
            index % labelEvery === 0 || index === days.length - 1 ? (
              <text
                key={day.date}
                x={x(index)}
                y={HEIGHT - 8}
                textAnchor="middle"
              >
                {day.date.slice(5)}
              </text>
            ) : null
          )}
        </g>
        <g className="text-ui-tag-blue-icon" fill="currentColor" opacity="0.55">
          {days.map((day, index) => {
            const top = yOrders(day.orders)
            return (
              <rect
                key={day.date}
                x={x(index) - slot * 0.35}
                width={slot * 0.7}
                y={top}
                height={PAD.top + plotHeight - top}
                rx="2"
              >
                <title>{`${day.date}: ${t("marketplace.overview.ordersCount", { count: day.orders })}`}</title>
              </rect>
            )
          })}
        </g>
        {currency && (
          <g className="text-ui-tag-green-icon">
            <path d={line} fill="none" stroke="currentColor" strokeWidth="2" />
            {days.map((day, index) => (
              <circle
                key={day.date}
                cx={x(index)}
                cy={yGross(grossOf(day))}
                r="2.5"
                fill="currentColor"
              >
                <title>{`${day.date}: ${formatMoney(grossOf(day), currency)}`}</title>
              </circle>
            ))}
          </g>
        )}
      </svg>
      <div className="flex items-center gap-x-4">
        <div className="flex items-center gap-x-1.5">
          <span className="bg-ui-tag-blue-icon inline-block h-2.5 w-2.5 rounded-sm opacity-60" />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("marketplace.overview.orders")}
          </Text>
        </div>
        <div className="flex items-center gap-x-1.5">
          <span className="bg-ui-tag-green-icon inline-block h-0.5 w-4" />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {currency
              ? t("marketplace.overview.gross", {
                  currency: currency.toUpperCase(),
                })
              : t("marketplace.overview.noSales")}
          </Text>
        </div>
      </div>
    </div>
  )
}
