import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  StatusBadge,
  Text,
} from "@medusajs/ui"
import { useState } from "react"
import type { VendorReview } from "../../../../src/types/http"
import { ListTable } from "../../components/list-table"
import { useVendorList } from "../../hooks/api/resource"
import { formatDate, humanize, useListParams } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { ReviewDrawer } from "./review-drawer"
import { Rating, REVIEW_STATUS_COLORS, ReviewSubject } from "./review-parts"

const column = createDataTableColumnHelper<VendorReview>()
const filter = createDataTableFilterHelper<VendorReview>()

const columns = [
  column.accessor("rating", {
    header: "Rating",
    cell: ({ getValue }) => <Rating rating={getValue()} />,
  }),
  column.accessor("reference", {
    header: "Subject",
    cell: ({ row }) => <ReviewSubject review={row.original} />,
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge color={REVIEW_STATUS_COLORS[getValue()] ?? "grey"}>
        {humanize(getValue())}
      </StatusBadge>
    ),
  }),
  column.accessor("body", {
    header: "Review",
    cell: ({ row }) => (
      <div className="min-w-56 max-w-sm whitespace-normal py-2">
        <Text size="small" weight="plus">
          {row.original.title ?? "No title"}
        </Text>
        <Text size="small" className="text-ui-fg-subtle line-clamp-2">
          {row.original.body ?? "Rating only"}
        </Text>
      </div>
    ),
  }),
  column.accessor("seller_reply", {
    header: "Your reply",
    cell: ({ getValue }) => (
      <span className="line-clamp-2 max-w-xs whitespace-normal">
        {getValue() ?? "—"}
      </span>
    ),
  }),
  column.accessor("created_at", {
    header: "Received",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

const filters = [
  filter.accessor("status", {
    type: "radio",
    label: "Status",
    options: Object.keys(REVIEW_STATUS_COLORS).map((value) => ({
      label: humanize(value),
      value,
    })),
  }),
  filter.accessor("rating", {
    type: "radio",
    label: "Rating",
    options: ["1", "2", "3", "4", "5"].map((value) => ({
      label: `${value}/5`,
      value,
    })),
  }),
]

/** Reviews of the shop and its products, newest first; each opens a drawer to reply or ask for removal. */
export const ReviewsPage = () => {
  const [openId, setOpenId] = useState<string | null>(null)
  const list = useListParams({
    pageSize: 20,
    filters: [{ id: "status" }, { id: "rating" }],
  })
  const reviews = useVendorList("reviews", vendor.reviews.list, list.query)
  const open = reviews.data?.reviews.find((review) => review.id === openId)
  return (
    <>
      <ListTable
        testId="reviews-list"
        title="Reviews"
        subtitle="What customers say about your shop and products"
        data={reviews.data?.reviews}
        count={reviews.data?.count}
        columns={columns}
        filters={filters}
        list={list}
        isLoading={reviews.isPending}
        error={reviews.error}
        onRetry={() => reviews.refetch()}
        onRowClick={(review) => setOpenId(review.id)}
        empty={{
          heading: "No reviews yet",
          description:
            "Customers review your shop and products once their order is fulfilled.",
        }}
      />
      <ReviewDrawer review={open} onClose={() => setOpenId(null)} />
    </>
  )
}
