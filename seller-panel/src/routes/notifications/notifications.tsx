import { createDataTableColumnHelper } from "@medusajs/ui"
import { useEffect } from "react"
import type { SellerNotification } from "../../../../src/types/http"
import { ListTable } from "../../components/list-table"
import { useVendorList } from "../../hooks/api/resource"
import { markNotificationsSeen } from "../../lib/notifications-seen"
import { formatDateTime, humanize, useListParams } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

const column = createDataTableColumnHelper<SellerNotification>()
const text = (data: SellerNotification["data"], key: string) =>
  typeof data?.[key] === "string" ? (data[key] as string) : undefined

const columns = [
  column.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  column.accessor("template", {
    header: "Event",
    cell: ({ row }) =>
      text(row.original.data, "title") ??
      humanize(row.original.template.replace(/\./g, " ")),
  }),
  column.accessor("data", {
    header: "Details",
    cell: ({ getValue }) => text(getValue(), "description") ?? "",
  }),
]

export const NotificationsPage = () => {
  const list = useListParams({ pageSize: 20 })
  const feed = useVendorList(
    "notifications",
    vendor.notifications.list,
    list.query
  )
  useEffect(() => {
    if (feed.data) markNotificationsSeen()
  }, [feed.data])
  return (
    <ListTable
      testId="notifications-list"
      title="Notifications"
      subtitle="What happened in your shop"
      data={feed.data?.notifications}
      count={feed.data?.count}
      columns={columns}
      list={list}
      isLoading={feed.isPending}
      error={feed.error}
      onRetry={() => feed.refetch()}
      empty={{
        heading: "Nothing yet",
        description:
          "New orders, reviews of your requests and payouts show up here.",
      }}
    />
  )
}
