import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { TranslatedCrumb } from "../../components/breadcrumb"
import { ErrorState } from "../../components/error-state"
import { useMarketplaceOverview } from "../../hooks/overview"
import { formatMoney } from "../../lib/format"
import type { SellerStatus } from "../../lib/types"
import { SalesChart } from "./components/sales-chart"
import { StatCard } from "./components/stat-card"

const SELLER_STATUSES: SellerStatus[] = [
  "pending_approval",
  "open",
  "suspended",
  "terminated",
]

const Line = ({
  label,
  value,
  to,
}: {
  label: string
  value: string | number
  to?: string
}) => (
  <div className="flex items-center justify-between">
    {to ? (
      <Link
        to={to}
        className="txt-small text-ui-fg-subtle hover:text-ui-fg-base"
      >
        {label}
      </Link>
    ) : (
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
    )}
    <Text size="small" weight="plus">
      {value}
    </Text>
  </div>
)

/** The page an operator opens first: what waits for review, who sells, what sold, what is owed. */
const MarketplaceOverviewPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, error, refetch } = useMarketplaceOverview(30)

  if (error) {
    return <ErrorState error={error} onRetry={refetch} />
  }
  if (isLoading || !data) {
    return (
      <div className="flex flex-col gap-y-3">
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    )
  }
  const { overview } = data
  const sellers = SELLER_STATUSES.reduce(
    (sum, status) => sum + overview.sellers_by_status[status],
    0
  )
  const orders = overview.sales_by_day.reduce((sum, day) => sum + day.orders, 0)
  const gross = new Map<string, number>()
  for (const day of overview.sales_by_day) {
    for (const amount of day.gross) {
      gross.set(
        amount.currency_code,
        (gross.get(amount.currency_code) ?? 0) + Number(amount.amount)
      )
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="marketplace-overview">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-4">
        <StatCard
          testId="overview-requests"
          title={t("marketplace.overview.pendingRequests")}
          value={overview.pending_requests.total}
          to="/requests?status=pending"
          linkLabel={t("marketplace.overview.reviewQueue")}
        >
          {overview.pending_requests.total ? (
            Object.entries(overview.pending_requests.by_type).map(
              ([type, count]) => (
                <Line
                  key={type}
                  label={t(`marketplace.requestType.${type}`)}
                  value={count ?? 0}
                  to={`/requests?status=pending&type=${type}`}
                />
              )
            )
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("marketplace.overview.nothingToReview")}
            </Text>
          )}
        </StatCard>
        <StatCard
          testId="overview-sellers"
          title={t("marketplace.overview.sellers")}
          value={sellers}
          to="/sellers"
          linkLabel={t("marketplace.overview.allSellers")}
        >
          {SELLER_STATUSES.map((status) => (
            <Line
              key={status}
              label={t(`marketplace.sellerStatus.${status}`)}
              value={overview.sellers_by_status[status]}
              to={`/sellers?status=${status}`}
            />
          ))}
        </StatCard>
        <StatCard
          testId="overview-commission"
          title={t("marketplace.overview.commission")}
          value={
            overview.commission.length
              ? overview.commission
                  .map((row) => formatMoney(row.earned, row.currency_code))
                  .join(" · ")
              : formatMoney(0, "eur")
          }
          to="/commission"
          linkLabel={t("marketplace.overview.rules")}
        >
          {overview.commission.map((row) => (
            <Line
              key={row.currency_code}
              label={t("marketplace.overview.inPeriod", {
                days: overview.period.days,
              })}
              value={formatMoney(row.earned_in_period, row.currency_code)}
            />
          ))}
        </StatCard>
        <StatCard
          testId="overview-payouts"
          title={t("marketplace.overview.payoutsDue")}
          value={
            overview.payouts_due.length
              ? overview.payouts_due
                  .map((row) => formatMoney(row.amount, row.currency_code))
                  .join(" · ")
              : formatMoney(0, "eur")
          }
          to="/payouts"
          linkLabel={t("marketplace.overview.toPayouts")}
        >
          {overview.payouts_due.map((row) => (
            <Line
              key={row.currency_code}
              label={t("marketplace.overview.sellersOwed", {
                currency: row.currency_code.toUpperCase(),
              })}
              value={row.sellers}
            />
          ))}
          <Line
            label={t("marketplace.overview.inProgress")}
            value={overview.payouts_in_progress}
            to="/payouts?status=pending,processing"
          />
        </StatCard>
      </div>
      <Container
        className="flex flex-col gap-y-4 px-6 py-4"
        data-testid="overview-sales"
      >
        <div className="flex flex-col justify-between gap-2 md:flex-row md:items-end">
          <div>
            <Heading level="h2">
              {t("marketplace.overview.salesTitle", {
                days: overview.period.days,
              })}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("marketplace.overview.salesHint")}
            </Text>
          </div>
          <div className="flex gap-x-6">
            <div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("marketplace.overview.orders")}
              </Text>
              <Text size="large" weight="plus">
                {orders}
              </Text>
            </div>
            <div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("marketplace.overview.grossSales")}
              </Text>
              <Text size="large" weight="plus">
                {gross.size
                  ? [...gross.entries()]
                      .map(([currency, amount]) =>
                        formatMoney(amount, currency)
                      )
                      .join(" · ")
                  : "-"}
              </Text>
            </div>
          </div>
        </div>
        <SalesChart days={overview.sales_by_day} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "marketplace.nav.overview",
  translationNs: "translation",
  icon: ChartBar,
  rank: 1,
})

export const handle = {
  breadcrumb: () => <TranslatedCrumb label="marketplace.overview.title" />,
}

export default MarketplaceOverviewPage
