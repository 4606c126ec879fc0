import {
  Button,
  createDataTableColumnHelper,
  StatusBadge,
  toast,
} from "@medusajs/ui"
import type { VendorReturn } from "../../../../src/types/http"
import { ListTable } from "../../components/list-table"
import { errorMessage } from "../../components/states"
import { useVendorList, useVendorMutation } from "../../hooks/api/resource"
import { formatDateTime, humanize, useListParams } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

const column = createDataTableColumnHelper<VendorReturn>()

const Receive = ({ item }: { item: VendorReturn }) => {
  const receive = useVendorMutation(
    () => vendor.returns.receive(item.id, {}),
    ["returns", "orders", "ledger", "balance"]
  )
  if (item.status !== "requested") return null
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={receive.isPending}
      onClick={async () => {
        try {
          const { refund } = await receive.mutateAsync(undefined)
          toast.success(refund ? "Received and refunded" : "Received")
        } catch (error) {
          toast.error(errorMessage(error))
        }
      }}
    >
      Receive
    </Button>
  )
}

const columns = [
  column.accessor("display_id", {
    header: "Return",
    cell: ({ getValue }) => `#${getValue()}`,
  }),
  column.accessor("order", {
    header: "Order",
    cell: ({ getValue }) => `#${getValue().display_id}`,
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge
        color={
          getValue() === "received"
            ? "green"
            : getValue() === "canceled"
              ? "red"
              : "orange"
        }
      >
        {humanize(getValue())}
      </StatusBadge>
    ),
  }),
  column.accessor("items", {
    header: "Items",
    cell: ({ getValue }) =>
      getValue()
        .map((i) => `${i.quantity} × ${i.item?.title ?? i.item_id}`)
        .join(", "),
  }),
  column.accessor("created_at", {
    header: "Opened",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  column.display({
    id: "actions",
    cell: ({ row }) => <Receive item={row.original} />,
  }),
]

/** Returns of the seller's orders; receiving one restocks and refunds it. */
export const ReturnsPage = () => {
  const list = useListParams({ pageSize: 20 })
  const returns = useVendorList("returns", vendor.returns.list, list.query)
  return (
    <ListTable
      testId="returns-list"
      title="Returns"
      subtitle="Receive returned items: the stock comes back and the customer is refunded"
      data={returns.data?.returns}
      count={returns.data?.count}
      columns={columns}
      list={list}
      isLoading={returns.isPending}
      error={returns.error}
      onRetry={() => returns.refetch()}
      empty={{
        heading: "No returns",
        description: "Returns opened by customers, admins or you appear here.",
      }}
    />
  )
}
