import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Skeleton, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorState } from "../components/error-state"
import { EmptyRow, Field, Section } from "../components/section"
import { SellerStatusBadge } from "../components/status-badges"
import { useOrderMarketplaceDetails } from "../hooks/overview"
import { formatMoney } from "../lib/format"

/** On Medusa's order page: the order's seller, its order group and its commission lines. */
const OrderMarketplaceWidget = ({ data: order }: { data: { id: string } }) => {
  const { t } = useTranslation()
  const { data, isLoading, error, refetch } = useOrderMarketplaceDetails(
    order.id
  )

  if (error) {
    return <ErrorState error={error} onRetry={refetch} />
  }
  return (
    <Section
      title={t("marketplace.widgets.marketplace")}
      testId="order-marketplace-widget"
    >
      {isLoading || !data ? (
        <div className="px-6 py-4">
          <Skeleton className="h-12 w-full" />
        </div>
      ) : (
        <>
          <Field label={t("marketplace.fields.seller")}>
            {data.seller ? (
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  to={`/sellers/${data.seller.id}`}
                  className="text-ui-fg-interactive hover:underline"
                >
                  {data.seller.name}
                </Link>
                <SellerStatusBadge status={data.seller.status} />
              </div>
            ) : (
              t("marketplace.widgets.noSeller")
            )}
          </Field>
          <Field label={t("marketplace.widgets.orderGroup")}>
            {data.order_group ? (
              <Link
                to={`/order-groups/${data.order_group.id}`}
                className="text-ui-fg-interactive hover:underline"
              >
                {formatMoney(
                  data.order_group.total,
                  data.order_group.currency_code
                )}
              </Link>
            ) : (
              "-"
            )}
          </Field>
          <div className="px-6 pt-4">
            <Text size="small" weight="plus" className="text-ui-fg-subtle">
              {t("marketplace.widgets.commissionLines")}
            </Text>
          </div>
          {data.commission_lines.length ? (
            <Table>
              <Table.Body>
                {data.commission_lines.map((line) => (
                  <Table.Row key={line.id}>
                    <Table.Cell>
                      <Text size="small">
                        {line.fee_type} ·{" "}
                        {t(`marketplace.commission.targets.${line.target}`, {
                          defaultValue: line.target,
                        })}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {line.rate_kind === "percentage"
                          ? `${line.rate_value} % × ${formatMoney(line.base_amount, line.currency_code)}`
                          : t("marketplace.commission.kinds.flat")}
                      </Text>
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      {formatMoney(line.amount, line.currency_code)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <EmptyRow>{t("marketplace.widgets.noCommission")}</EmptyRow>
          )}
        </>
      )}
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "marketplace:order-marketplace",
})

export default OrderMarketplaceWidget
