import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import {
  Button,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { TranslatedCrumb } from "../../components/breadcrumb"
import { ListTable } from "../../components/list-table"
import { SellerStatusBadge } from "../../components/status-badges"
import { useSellers } from "../../hooks/sellers"
import { useListParams } from "../../hooks/use-list-params"
import { formatDate } from "../../lib/format"
import type { Seller, SellerStatus } from "../../lib/types"
import { CreateSellerModal } from "./components/create-seller-modal"

const PAGE_SIZE = 20
const STATUSES: SellerStatus[] = [
  "pending_approval",
  "open",
  "suspended",
  "terminated",
]
const columnHelper = createDataTableColumnHelper<Seller>()
const filterHelper = createDataTableFilterHelper<Seller>()

const SellersPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const list = useListParams({
    pageSize: PAGE_SIZE,
    search: true,
    filters: [{ id: "status" }],
  })
  const { data, isLoading, error, refetch } = useSellers({
    ...list.query,
    order: "-created_at",
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", { header: t("marketplace.fields.name") }),
      columnHelper.accessor("handle", {
        header: t("marketplace.fields.handle"),
      }),
      columnHelper.accessor("status", {
        header: t("marketplace.fields.status"),
        cell: ({ getValue }) => <SellerStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("email", { header: t("marketplace.fields.email") }),
      columnHelper.accessor("created_at", {
        header: t("marketplace.sellers.joined"),
        cell: ({ getValue }) => formatDate(getValue()),
      }),
    ],
    [t]
  )
  const filters = useMemo(
    () => [
      filterHelper.accessor("status", {
        type: "select",
        label: t("marketplace.fields.status"),
        options: STATUSES.map((status) => ({
          label: t(`marketplace.sellerStatus.${status}`),
          value: status,
        })),
      }),
    ],
    [t]
  )

  return (
    <>
      <ListTable
        testId="sellers-list"
        title={t("marketplace.sellers.title")}
        subtitle={t("marketplace.sellers.subtitle")}
        data={data?.sellers}
        count={data?.count}
        columns={columns}
        filters={filters}
        list={list}
        isLoading={isLoading}
        error={error}
        onRetry={refetch}
        onRowClick={(seller) => navigate(`/sellers/${seller.id}`)}
        searchPlaceholder={t("marketplace.sellers.search")}
        empty={{
          heading: t("marketplace.sellers.empty"),
          description: t("marketplace.sellers.emptyHint"),
        }}
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={() => setCreating(true)}
          >
            {t("marketplace.common.create")}
          </Button>
        }
      />
      <CreateSellerModal open={creating} onOpenChange={setCreating} />
    </>
  )
}

export const config = defineRouteConfig({
  label: "marketplace.nav.sellers",
  translationNs: "translation",
  icon: Buildings,
  rank: 2,
})

export const handle = {
  breadcrumb: () => <TranslatedCrumb label="marketplace.sellers.title" />,
}

export default SellersPage
