import { Badge, createDataTableColumnHelper, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import type { SellerNotification } from "../../../../src/types/http"
import { ListTable } from "../../components/list-table"
import { errorMessage } from "../../components/states"
import { useVendorList, useVendorMutation } from "../../hooks/api/resource"
import { formatDateTime, humanize, useListParams } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

const column = createDataTableColumnHelper<SellerNotification>()
const text = (data: SellerNotification["data"], key: string) =>
  typeof data?.[key] === "string" ? (data[key] as string) : undefined

const columnsSince = (readAt: string | null | undefined) => [
  column.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => (
      <span className="flex items-center gap-2">
        {formatDateTime(getValue())}
        {readAt !== undefined && (!readAt || getValue() > readAt) && (
          <Badge size="2xsmall" color="blue">
            New
          </Badge>
        )}
      </span>
    ),
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

/**
 * The seller's feed. Opening it marks the feed read for this member (the server keeps the
 * marker per member); what was new when the page opened keeps its "New" badge meanwhile.
 */
export const NotificationsPage = () => {
  const list = useListParams({ pageSize: 20 })
  const feed = useVendorList(
    "notifications",
    vendor.notifications.list,
    list.query
  )
  const markRead = useVendorMutation(vendor.notifications.markRead, [
    "notifications",
  ])
  const [readBefore, setReadBefore] = useState<string | null>()
  useEffect(() => {
    if (!feed.data || readBefore !== undefined) return
    setReadBefore(feed.data.read_at)
    if (feed.data.unread_count > 0) {
      markRead.mutate(undefined, {
        onError: (error) => toast.error(errorMessage(error)),
      })
    }
  }, [feed.data, readBefore, markRead])
  const columns = useMemo(() => columnsSince(readBefore), [readBefore])
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
