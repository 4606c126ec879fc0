import { defineRouteConfig } from "@medusajs/admin-sdk"
import { StarSolid } from "@medusajs/icons"
import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  Text,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { TranslatedCrumb } from "../../components/breadcrumb"
import { ListTable } from "../../components/list-table"
import { ReviewStatusBadge } from "../../components/status-badges"
import { useReviews } from "../../hooks/reviews"
import { useSellerNames } from "../../hooks/sellers"
import { useListParams } from "../../hooks/use-list-params"
import { formatDateTime } from "../../lib/format"
import type { Review, ReviewStatus } from "../../lib/types"
import { ReviewDrawer } from "./components/review-drawer"

const PAGE_SIZE = 20
const STATUSES: ReviewStatus[] = ["pending", "published", "rejected"]
const REFERENCES = ["product", "seller"]
const RATINGS = ["1", "2", "3", "4", "5"]
const columnHelper = createDataTableColumnHelper<Review>()
const filterHelper = createDataTableFilterHelper<Review>()

/** The moderation queue: every review, newest first, filtered by status, subject and rating; each opened in a drawer. */
const ReviewsPage = () => {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const [openId, setOpenId] = useState<string | null>(null)
  const list = useListParams({
    pageSize: PAGE_SIZE,
    filters: [
      { id: "status", multiple: true },
      { id: "reference" },
      { id: "rating" },
    ],
  })
  // A removal request links here with the review's id.
  const onlyId = params.get("id") || undefined
  const { data, isLoading, error, refetch } = useReviews({
    limit: PAGE_SIZE,
    offset: Number(list.query.offset),
    ...(list.query.status ? { status: list.query.status } : {}),
    ...(list.query.reference ? { reference: list.query.reference } : {}),
    ...(list.query.rating ? { rating: list.query.rating } : {}),
    ...(onlyId ? { id: onlyId } : {}),
  })
  const sellerNames = useSellerNames(
    (data?.reviews ?? []).map((review) => review.seller_id)
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("rating", {
        header: t("marketplace.reviews.rating"),
        cell: ({ getValue }) =>
          t("marketplace.reviews.stars", { rating: getValue() }),
      }),
      columnHelper.display({
        id: "text",
        header: t("marketplace.reviews.text"),
        cell: ({ row }) => (
          <Text size="small" className="max-w-[280px] truncate">
            {row.original.title ?? row.original.body ?? "-"}
          </Text>
        ),
      }),
      columnHelper.accessor("reference", {
        header: t("marketplace.reviews.about"),
        cell: ({ getValue }) => t(`marketplace.reviewReference.${getValue()}`),
      }),
      columnHelper.accessor("seller_id", {
        header: t("marketplace.fields.seller"),
        cell: ({ getValue }) =>
          sellerNames.get(getValue()) ?? (
            <Text size="xsmall" className="font-mono">
              {getValue()}
            </Text>
          ),
      }),
      columnHelper.accessor("status", {
        header: t("marketplace.fields.status"),
        cell: ({ getValue }) => <ReviewStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("created_at", {
        header: t("marketplace.reviews.written"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
    ],
    [t, sellerNames]
  )
  const filters = useMemo(
    () => [
      filterHelper.accessor("status", {
        type: "multiselect",
        label: t("marketplace.fields.status"),
        options: STATUSES.map((status) => ({
          label: t(`marketplace.reviewStatus.${status}`),
          value: status,
        })),
      }),
      filterHelper.accessor("reference", {
        type: "select",
        label: t("marketplace.reviews.about"),
        options: REFERENCES.map((reference) => ({
          label: t(`marketplace.reviewReference.${reference}`),
          value: reference,
        })),
      }),
      filterHelper.accessor("rating", {
        type: "select",
        label: t("marketplace.reviews.rating"),
        options: RATINGS.map((rating) => ({
          label: t("marketplace.reviews.stars", { rating }),
          value: rating,
        })),
      }),
    ],
    [t]
  )
  const opened = data?.reviews.find((review) => review.id === openId) ?? null

  return (
    <>
      <ListTable
        testId="reviews-list"
        title={t("marketplace.reviews.title")}
        subtitle={
          data
            ? t("marketplace.reviews.pendingCount", { count: data.pending })
            : undefined
        }
        data={data?.reviews}
        count={data?.count}
        columns={columns}
        filters={filters}
        list={list}
        isLoading={isLoading}
        error={error}
        onRetry={refetch}
        onRowClick={(review) => setOpenId(review.id)}
        empty={{
          heading: t("marketplace.reviews.empty"),
          description: t("marketplace.reviews.emptyHint"),
        }}
      />
      <ReviewDrawer
        review={opened}
        sellerName={opened ? sellerNames.get(opened.seller_id) : undefined}
        onClose={() => setOpenId(null)}
      />
    </>
  )
}

export const config = defineRouteConfig({
  label: "marketplace.nav.reviews",
  translationNs: "translation",
  icon: StarSolid,
  rank: 7,
})

export const handle = {
  breadcrumb: () => <TranslatedCrumb label="marketplace.reviews.title" />,
}

export default ReviewsPage
