import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ListTable } from "../../../../components/list-table"
import { PayoutStatusBadge } from "../../../../components/status-badges"
import { usePayouts } from "../../../../hooks/payouts"
import { useListParams } from "../../../../hooks/use-list-params"
import { formatDateTime, formatMoney } from "../../../../lib/format"
import type { Payout } from "../../../../lib/types"

const PAGE_SIZE = 5
const columnHelper = createDataTableColumnHelper<Payout>()

export const SellerPayoutsSection = ({ sellerId }: { sellerId: string }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const list = useListParams({ pageSize: PAGE_SIZE, prefix: "payouts_" })
  const { data, isLoading, error, refetch } = usePayouts({
    ...list.query,
    seller_id: sellerId,
  })
  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: t("marketplace.fields.date"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      columnHelper.accessor("status", {
        header: t("marketplace.fields.status"),
        cell: ({ getValue }) => <PayoutStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("provider", {
        header: t("marketplace.payouts.provider"),
      }),
      columnHelper.accessor("amount", {
        header: t("marketplace.fields.amount"),
        cell: ({ row }) =>
          formatMoney(row.original.amount, row.original.currency_code),
      }),
    ],
    [t]
  )
  return (
    <ListTable
      testId="seller-payouts"
      title={t("marketplace.payouts.title")}
      data={data?.payouts}
      count={data?.count}
      columns={columns}
      list={list}
      isLoading={isLoading}
      error={error}
      onRetry={refetch}
      onRowClick={(payout) => navigate(`/payouts/${payout.id}`)}
      empty={{ heading: t("marketplace.payouts.emptyForSeller") }}
    />
  )
}
