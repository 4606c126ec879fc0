import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { ListTable } from "../../../../components/list-table"
import { PaymentStatusBadge } from "../../../../components/status-badges"
import { useSellerOrders } from "../../../../hooks/sellers"
import { useListParams } from "../../../../hooks/use-list-params"
import { formatDate, formatMoney } from "../../../../lib/format"
import type { AdminSellerOrder as SellerOrder } from "../../../../lib/types"

const PAGE_SIZE = 5
const columnHelper = createDataTableColumnHelper<SellerOrder>()

/** The seller's orders; each row opens Medusa's own order page. */
export const SellerOrdersSection = ({ sellerId }: { sellerId: string }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const list = useListParams({ pageSize: PAGE_SIZE, prefix: "orders_" })
  const { data, isLoading, error, refetch } = useSellerOrders(
    sellerId,
    list.query
  )
  const columns = useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: t("marketplace.fields.order"),
        cell: ({ row }) => (
          <Link
            to={`/orders/${row.original.id}`}
            className="text-ui-fg-interactive hover:underline"
            onClick={(event) => event.stopPropagation()}
          >
            #{row.original.display_id}
          </Link>
        ),
      }),
      columnHelper.accessor("created_at", {
        header: t("marketplace.fields.date"),
        cell: ({ getValue }) => formatDate(getValue()),
      }),
      columnHelper.accessor("email", {
        header: t("marketplace.fields.customer"),
      }),
      columnHelper.accessor("payment_status", {
        header: t("marketplace.fields.payment"),
        cell: ({ getValue }) => <PaymentStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("total", {
        header: t("marketplace.fields.total"),
        cell: ({ row }) =>
          formatMoney(row.original.total, row.original.currency_code),
      }),
    ],
    [t]
  )
  return (
    <ListTable
      testId="seller-orders"
      title={t("marketplace.sellers.orders")}
      data={data?.orders}
      count={data?.count}
      columns={columns}
      list={list}
      isLoading={isLoading}
      error={error}
      onRetry={refetch}
      onRowClick={(order) => navigate(`/orders/${order.id}`)}
      empty={{ heading: t("marketplace.sellers.noOrders") }}
    />
  )
}
