import { defineRouteConfig } from "@medusajs/admin-sdk"
import { InboxSolid } from "@medusajs/icons"
import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  Text,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { TranslatedCrumb } from "../../components/breadcrumb"
import { ListTable } from "../../components/list-table"
import { RequestStatusBadge } from "../../components/status-badges"
import { useReviewQueue } from "../../hooks/requests"
import { useSellerNames } from "../../hooks/sellers"
import { useListParams } from "../../hooks/use-list-params"
import { formatDateTime } from "../../lib/format"
import type { MarketplaceRequest, RequestStatus } from "../../lib/types"
import { RequestDrawer } from "./components/request-drawer"
import { requestSummary } from "./components/request-summary"

const PAGE_SIZE = 20
const TYPES = [
  "seller_registration",
  "product_publication",
  "product_update",
  "product_category",
  "product_type",
  "review_removal",
]
const STATUSES: RequestStatus[] = [
  "pending",
  "accepted",
  "rejected",
  "withdrawn",
]
const columnHelper = createDataTableColumnHelper<MarketplaceRequest>()
const filterHelper = createDataTableFilterHelper<MarketplaceRequest>()

/** The admins' review queue: pending requests first, each opened in a drawer to accept or reject. */
const RequestsPage = () => {
  const { t } = useTranslation()
  const [openId, setOpenId] = useState<string | null>(null)
  const list = useListParams({
    pageSize: PAGE_SIZE,
    filters: [
      { id: "type", multiple: true },
      { id: "status", multiple: true },
    ],
  })
  const { data, isLoading, error, refetch } = useReviewQueue({
    limit: PAGE_SIZE,
    offset: Number(list.query.offset),
    status: list.query.status as RequestStatus[] | undefined,
    type: list.query.type as string[] | undefined,
  })
  const sellerNames = useSellerNames(
    (data?.requests ?? []).map((request) => request.seller_id)
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("type", {
        header: t("marketplace.fields.type"),
        cell: ({ getValue }) => t(`marketplace.requestType.${getValue()}`),
      }),
      columnHelper.display({
        id: "subject",
        header: t("marketplace.requests.subject"),
        cell: ({ row }) => requestSummary(row.original),
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
        cell: ({ getValue }) => <RequestStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("created_at", {
        header: t("marketplace.requests.submitted"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
    ],
    [t, sellerNames]
  )
  const filters = useMemo(
    () => [
      filterHelper.accessor("type", {
        type: "multiselect",
        label: t("marketplace.fields.type"),
        options: TYPES.map((type) => ({
          label: t(`marketplace.requestType.${type}`),
          value: type,
        })),
      }),
      filterHelper.accessor("status", {
        type: "multiselect",
        label: t("marketplace.fields.status"),
        options: STATUSES.map((status) => ({
          label: t(`marketplace.requestStatus.${status}`),
          value: status,
        })),
      }),
    ],
    [t]
  )
  const opened = data?.requests.find((request) => request.id === openId) ?? null

  return (
    <>
      <ListTable
        testId="requests-list"
        title={t("marketplace.requests.title")}
        subtitle={
          data
            ? t("marketplace.requests.pendingCount", { count: data.pending })
            : undefined
        }
        data={data?.requests}
        count={data?.count}
        columns={columns}
        filters={filters}
        list={list}
        isLoading={isLoading}
        error={error}
        onRetry={refetch}
        onRowClick={(request) => setOpenId(request.id)}
        empty={{
          heading: t("marketplace.requests.empty"),
          description: t("marketplace.requests.emptyHint"),
        }}
      />
      <RequestDrawer
        request={opened}
        sellerName={opened ? sellerNames.get(opened.seller_id) : undefined}
        onClose={() => setOpenId(null)}
      />
    </>
  )
}

export const config = defineRouteConfig({
  label: "marketplace.nav.requests",
  translationNs: "translation",
  icon: InboxSolid,
  rank: 3,
})

export const handle = {
  breadcrumb: () => <TranslatedCrumb label="marketplace.requests.title" />,
}

export default RequestsPage
