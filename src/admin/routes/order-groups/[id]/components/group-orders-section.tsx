import { Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { Section } from "../../../../components/section"
import { formatMoney } from "../../../../lib/format"
import type { GroupOrder, OrderGroup } from "../../../../lib/types"
import { RefundOrderDrawer } from "./refund-order-drawer"

/** Refunds come out of the group's captured payment (the orders carry no payment of their own). */
const isCaptured = (group: OrderGroup) =>
  Number(group.payment_collection?.captured_amount ?? 0) > 0

/** One row per seller order, linking to Medusa's own order page; refunds are per order. */
export const GroupOrdersSection = ({ group }: { group: OrderGroup }) => {
  const { t } = useTranslation()
  const [refunding, setRefunding] = useState<GroupOrder | null>(null)
  return (
    <Section
      title={t("marketplace.orderGroups.sellerOrders", {
        count: group.orders.length,
      })}
      testId="group-orders"
    >
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("marketplace.fields.order")}</Table.HeaderCell>
            <Table.HeaderCell>
              {t("marketplace.fields.seller")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("marketplace.fields.status")}
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              {t("marketplace.fields.total")}
            </Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {group.orders.map((order) => (
            <Table.Row key={order.id} data-testid={`group-order-${order.id}`}>
              <Table.Cell>
                <Link
                  to={`/orders/${order.id}`}
                  className="text-ui-fg-interactive hover:underline"
                >
                  #{order.display_id}
                </Link>
              </Table.Cell>
              <Table.Cell>
                {order.seller ? (
                  <Link
                    to={`/sellers/${order.seller.id}`}
                    className="text-ui-fg-interactive hover:underline"
                  >
                    {order.seller.name}
                  </Link>
                ) : (
                  "-"
                )}
              </Table.Cell>
              <Table.Cell>
                <Text size="small">
                  {order.status
                    ? t(`marketplace.orderStatus.${order.status}`, {
                        defaultValue: order.status,
                      })
                    : "-"}
                </Text>
              </Table.Cell>
              <Table.Cell className="text-right">
                {formatMoney(
                  order.total ?? null,
                  order.currency_code ?? group.currency_code
                )}
              </Table.Cell>
              <Table.Cell className="text-right">
                {isCaptured(group) && (
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => setRefunding(order)}
                    data-testid={`refund-${order.id}`}
                  >
                    {t("marketplace.orderGroups.refund")}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <RefundOrderDrawer
        group={group}
        order={refunding}
        onClose={() => setRefunding(null)}
      />
    </Section>
  )
}
