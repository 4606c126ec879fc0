import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  StatusBadge,
} from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import type { VendorOrderSummary } from "../../../../src/types/http"
import { ListTable } from "../../components/list-table"
import { useVendorList } from "../../hooks/api/resource"
import {
  formatDateTime,
  formatMoney,
  humanize,
  useListParams,
} from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { CreatedDateRange, useCreatedDateRange } from "./created-date-range"

const column = createDataTableColumnHelper<VendorOrderSummary>()
const filter = createDataTableFilterHelper<VendorOrderSummary>()

export const ORDER_STATUS_COLORS: Record<
  string,
  "green" | "orange" | "grey" | "red" | "blue"
> = {
  pending: "orange",
  completed: "green",
  canceled: "red",
  requires_action: "red",
  archived: "grey",
  draft: "grey",
}

const columns = [
  column.accessor("display_id", {
    header: "Order",
    cell: ({ getValue }) => `#${getValue()}`,
  }),
  column.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  column.accessor("email", { header: "Customer" }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge color={ORDER_STATUS_COLORS[getValue()] ?? "grey"}>
        {humanize(getValue())}
      </StatusBadge>
    ),
  }),
  column.accessor("total", {
    header: "Total",
    cell: ({ row }) =>
      formatMoney(row.original.total, row.original.currency_code),
  }),
]

const filters = [
  filter.accessor("status", {
    type: "radio",
    label: "Status",
    options: ["pending", "completed", "canceled", "requires_action"].map(
      (value) => ({ label: humanize(value), value })
    ),
  }),
]

export const OrderListPage = () => {
  const navigate = useNavigate()
  const list = useListParams({ pageSize: 20, filters: [{ id: "status" }] })
  const range = useCreatedDateRange()
  const orders = useVendorList("orders", vendor.orders.list, {
    ...list.query,
    ...range.query,
  })
  return (
    <ListTable
      testId="order-list"
      title="Orders"
      subtitle="Orders with your products; each seller fulfils its own part"
      data={orders.data?.orders}
      count={orders.data?.count}
      columns={columns}
      filters={filters}
      actions={<CreatedDateRange range={range} />}
      list={list}
      isLoading={orders.isPending}
      error={orders.error}
      onRetry={() => orders.refetch()}
      onRowClick={(row) => navigate(`/orders/${row.id}`)}
      empty={
        range.query.created_at
          ? {
              heading: "No orders in these dates",
              description: "Try other dates.",
            }
          : {
              heading: "No orders yet",
              description:
                "Orders appear here when customers buy your products.",
            }
      }
    />
  )
}
