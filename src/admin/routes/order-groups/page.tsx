import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  Text,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { TranslatedCrumb } from "../../components/breadcrumb"
import { ListTable } from "../../components/list-table"
import { PaymentStatusBadge } from "../../components/status-badges"
import { useScopeOptions } from "../../hooks/catalog-options"
import { useOrderGroups } from "../../hooks/order-groups"
import { useListParams } from "../../hooks/use-list-params"
import { formatDateTime, formatMoney } from "../../lib/format"
import type { OrderGroupSummary as OrderGroup } from "../../lib/types"

const PAGE_SIZE = 20
const PAYMENT_STATUSES = [
  "authorized",
  "completed",
  "partially_captured",
  "awaiting",
  "not_paid",
  "canceled",
  "failed",
]
const DAY = 24 * 60 * 60 * 1000
const columnHelper = createDataTableColumnHelper<OrderGroup>()
const filterHelper = createDataTableFilterHelper<OrderGroup>()

/** Checkouts split into one order per seller: who bought, from whom, and the payment's state. */
const OrderGroupsPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { data: options } = useScopeOptions()
  const list = useListParams({
    pageSize: PAGE_SIZE,
    filters: [
      { id: "seller_id", multiple: true },
      { id: "payment_status", multiple: true },
      { id: "created_at", json: true },
      { id: "customer_id" },
    ],
  })
  const { data, isLoading, error, refetch } = useOrderGroups(list.query)

  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: t("marketplace.fields.date"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      columnHelper.display({
        id: "customer",
        header: t("marketplace.fields.customer"),
        cell: ({ row }) =>
          row.original.orders.find((order) => order.email)?.email ?? "-",
      }),
      columnHelper.display({
        id: "sellers",
        header: t("marketplace.orderGroups.sellers"),
        cell: ({ row }) => (
          <Text size="small" className="truncate">
            {row.original.orders
              .map((order) => order.seller?.name ?? "?")
              .join(", ")}
          </Text>
        ),
      }),
      columnHelper.display({
        id: "orders",
        header: t("marketplace.orderGroups.orders"),
        cell: ({ row }) =>
          row.original.orders.map((order) => `#${order.display_id}`).join(" "),
      }),
      columnHelper.display({
        id: "payment",
        header: t("marketplace.fields.payment"),
        cell: ({ row }) => (
          <PaymentStatusBadge
            status={row.original.payment_collection?.status}
          />
        ),
      }),
      columnHelper.accessor("total", {
        header: t("marketplace.fields.total"),
        cell: ({ row }) =>
          formatMoney(row.original.total, row.original.currency_code),
      }),
    ],
    [t]
  )
  const filters = useMemo(() => {
    const now = Date.now()
    return [
      filterHelper.accessor("seller_id" as never, {
        type: "multiselect",
        label: t("marketplace.fields.seller"),
        options: (options?.sellers ?? []).map((seller) => ({
          label: seller.label,
          value: seller.value,
        })),
      }),
      filterHelper.accessor("payment_status" as never, {
        type: "multiselect",
        label: t("marketplace.fields.payment"),
        options: PAYMENT_STATUSES.map((status) => ({
          label: t(`marketplace.paymentStatus.${status}`),
          value: status,
        })),
      }),
      filterHelper.accessor("created_at", {
        type: "date",
        label: t("marketplace.fields.date"),
        format: "date",
        rangeOptionLabel: t("marketplace.common.customRange"),
        rangeOptionStartLabel: t("marketplace.common.from"),
        rangeOptionEndLabel: t("marketplace.common.to"),
        options: [
          {
            label: t("marketplace.common.lastDays", { count: 7 }),
            value: { $gte: new Date(now - 7 * DAY).toISOString() },
          },
          {
            label: t("marketplace.common.lastDays", { count: 30 }),
            value: { $gte: new Date(now - 30 * DAY).toISOString() },
          },
          {
            label: t("marketplace.common.lastDays", { count: 90 }),
            value: { $gte: new Date(now - 90 * DAY).toISOString() },
          },
        ],
      }),
      filterHelper.accessor("customer_id", {
        type: "string",
        label: t("marketplace.orderGroups.customerId"),
        placeholder: "cus_…",
      }),
    ]
  }, [t, options])

  return (
    <ListTable
      testId="order-groups-list"
      title={t("marketplace.orderGroups.title")}
      subtitle={t("marketplace.orderGroups.subtitle")}
      data={data?.order_groups}
      count={data?.count}
      columns={columns}
      filters={filters}
      list={list}
      isLoading={isLoading}
      error={error}
      onRetry={refetch}
      onRowClick={(group) => navigate(`/order-groups/${group.id}`)}
      empty={{
        heading: t("marketplace.orderGroups.empty"),
        description: t("marketplace.orderGroups.emptyHint"),
      }}
    />
  )
}

export const config = defineRouteConfig({
  label: "marketplace.nav.orderGroups",
  translationNs: "translation",
  icon: ShoppingCart,
  rank: 6,
})

export const handle = {
  breadcrumb: () => <TranslatedCrumb label="marketplace.orderGroups.title" />,
}

export default OrderGroupsPage
