import { Container, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { useIsManager } from "../../components/layout/shell"
import { ErrorState, LoadingState, PageHeader } from "../../components/states"
import { useMe } from "../../hooks/api/seller"
import { queryKeys } from "../../lib/query-keys"
import { EmptyRow, formatMoney, Section } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { SalesChart } from "./sales-chart"

const Figure = ({
  label,
  value,
  to,
  testId,
}: {
  label: string
  value: string | number
  to?: string
  testId: string
}) => (
  <Container className="flex flex-col gap-1 px-6 py-4" data-testid={testId}>
    <Text size="small" className="text-ui-fg-subtle">
      {to ? <Link to={to}>{label}</Link> : label}
    </Text>
    <Text size="xlarge" weight="plus">
      {value}
    </Text>
  </Container>
)

export const HomePage = () => {
  const { data: me } = useMe()
  const manager = useIsManager()
  const balance = useQuery({
    queryKey: queryKeys.list("balance"),
    queryFn: vendor.money.balance,
    enabled: manager,
  })
  const openOrders = useQuery({
    queryKey: queryKeys.list("orders", { status: "pending", limit: 1 }),
    queryFn: () => vendor.orders.list({ status: "pending", limit: 1 }),
  })
  const notifications = useQuery({
    queryKey: queryKeys.list("notifications", { limit: 1 }),
    queryFn: () => vendor.notifications.list({ limit: 1 }),
  })
  const stats = useQuery({
    queryKey: queryKeys.list("stats"),
    queryFn: () => vendor.stats.get(),
  })
  const unread = notifications.data?.unread_count
  const euro = balance.data?.balances[0]

  return (
    <>
      <PageHeader
        title={`Welcome, ${me?.name ?? ""}`}
        description="Your shop at a glance"
      />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {manager && (
          <>
            <Figure
              testId="home-available"
              label="Available balance"
              to="/money"
              value={
                balance.isPending
                  ? "…"
                  : euro
                    ? formatMoney(euro.payable, euro.currency_code)
                    : "0"
              }
            />
            <Figure
              testId="home-pending"
              label="Pending balance"
              to="/money"
              value={
                balance.isPending
                  ? "…"
                  : euro
                    ? formatMoney(euro.pending, euro.currency_code)
                    : "0"
              }
            />
          </>
        )}
        <Figure
          testId="home-orders-to-fulfil"
          label="Orders to fulfil"
          to="/orders?status=pending"
          value={openOrders.data?.count ?? "…"}
        />
        <Figure
          testId="home-unread"
          label="Unread notifications"
          to="/notifications"
          value={unread ?? "…"}
        />
      </div>
      {(balance.error || openOrders.error || notifications.error) && (
        <ErrorState
          error={balance.error ?? openOrders.error ?? notifications.error}
          onRetry={() => {
            balance.refetch()
            openOrders.refetch()
            notifications.refetch()
          }}
        />
      )}
      {stats.isPending ? (
        <LoadingState />
      ) : stats.error ? (
        <ErrorState error={stats.error} onRetry={() => stats.refetch()} />
      ) : (
        <Section
          title="Sales per day"
          description={`${stats.data.stats.from} – ${stats.data.stats.to}`}
          testId="home-sales"
        >
          {stats.data.stats.currencies.length === 0 ? (
            <EmptyRow>No sales in the last 30 days.</EmptyRow>
          ) : (
            stats.data.stats.currencies.map((currency) => (
              <div key={currency.currency_code}>
                <div className="flex gap-6 px-6 pt-4">
                  <Text size="small">
                    Gross:{" "}
                    {formatMoney(
                      currency.totals.gross_sales,
                      currency.currency_code
                    )}
                  </Text>
                  <Text size="small">Orders: {currency.totals.orders}</Text>
                  <Text size="small">
                    Commission:{" "}
                    {formatMoney(
                      currency.totals.commission,
                      currency.currency_code
                    )}
                  </Text>
                </div>
                <SalesChart stats={currency} />
              </div>
            ))
          )}
        </Section>
      )}
    </>
  )
}
