import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Skeleton, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorState } from "../components/error-state"
import { EmptyRow, Section } from "../components/section"
import { PaymentStatusBadge } from "../components/status-badges"
import { useOrderGroups } from "../hooks/order-groups"
import { formatDateTime, formatMoney } from "../lib/format"

const LIMIT = 5

/** On Medusa's customer page: the customer's split checkouts, newest first. */
const CustomerOrderGroupsWidget = ({
  data: customer,
}: {
  data: { id: string }
}) => {
  const { t } = useTranslation()
  const { data, isLoading, error, refetch } = useOrderGroups({
    customer_id: customer.id,
    limit: LIMIT,
  })

  if (error) {
    return <ErrorState error={error} onRetry={refetch} />
  }
  return (
    <Section
      title={t("marketplace.orderGroups.title")}
      testId="customer-order-groups-widget"
      actions={
        data && data.count > LIMIT ? (
          <Link
            to={`/order-groups?customer_id=${customer.id}`}
            className="txt-small text-ui-fg-interactive hover:underline"
          >
            {t("marketplace.widgets.viewAll", { count: data.count })}
          </Link>
        ) : undefined
      }
    >
      {isLoading || !data ? (
        <div className="px-6 py-4">
          <Skeleton className="h-12 w-full" />
        </div>
      ) : data.order_groups.length ? (
        <Table>
          <Table.Body>
            {data.order_groups.map((group) => (
              <Table.Row key={group.id}>
                <Table.Cell>
                  <Link
                    to={`/order-groups/${group.id}`}
                    className="text-ui-fg-interactive hover:underline"
                  >
                    {formatDateTime(group.created_at)}
                  </Link>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {group.orders
                      .map(
                        (order) => order.seller?.name ?? `#${order.display_id}`
                      )
                      .join(", ")}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <PaymentStatusBadge
                    status={group.payment_collection?.status}
                  />
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatMoney(group.total, group.currency_code)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyRow>{t("marketplace.widgets.noOrderGroups")}</EmptyRow>
      )}
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "marketplace:customer-order-groups",
})

export default CustomerOrderGroupsWidget
