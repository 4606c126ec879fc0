import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import {
  Button,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { TranslatedCrumb } from "../../components/breadcrumb"
import { ListTable } from "../../components/list-table"
import { PayoutStatusBadge } from "../../components/status-badges"
import { usePayouts, useRunPayouts } from "../../hooks/payouts"
import { useScopeOptions } from "../../hooks/catalog-options"
import { useSellerNames } from "../../hooks/sellers"
import { useListParams } from "../../hooks/use-list-params"
import { formatDateTime, formatMoney } from "../../lib/format"
import type { Payout, PayoutStatus } from "../../lib/types"

const PAGE_SIZE = 20
const STATUSES: PayoutStatus[] = [
  "pending",
  "processing",
  "paid",
  "failed",
  "canceled",
]
const columnHelper = createDataTableColumnHelper<Payout>()
const filterHelper = createDataTableFilterHelper<Payout>()

/** Every payout, filtered by status and seller; "run payouts now" runs the scheduled job. */
const PayoutsPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const list = useListParams({
    pageSize: PAGE_SIZE,
    filters: [
      { id: "status", multiple: true },
      { id: "seller_id", multiple: true },
    ],
  })
  const { data, isLoading, error, refetch } = usePayouts(list.query)
  const { data: options } = useScopeOptions()
  const sellerNames = useSellerNames(
    (data?.payouts ?? []).map((payout) => payout.seller_id)
  )
  const run = useRunPayouts()

  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: t("marketplace.fields.date"),
        cell: ({ getValue }) => formatDateTime(getValue()),
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
    [t, sellerNames]
  )
  const filters = useMemo(
    () => [
      filterHelper.accessor("status", {
        type: "multiselect",
        label: t("marketplace.fields.status"),
        options: STATUSES.map((status) => ({
          label: t(`marketplace.payoutStatus.${status}`),
          value: status,
        })),
      }),
      filterHelper.accessor("seller_id", {
        type: "multiselect",
        label: t("marketplace.fields.seller"),
        options: (options?.sellers ?? []).map((seller) => ({
          label: seller.label,
          value: seller.value,
        })),
      }),
    ],
    [t, options]
  )

  const runNow = async () => {
    const confirmed = await prompt({
      title: t("marketplace.payouts.runTitle"),
      description: t("marketplace.payouts.runDescription"),
      confirmText: t("marketplace.payouts.run"),
      cancelText: t("marketplace.common.cancel"),
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    try {
      const { summary } = await run.mutateAsync()
      toast.success(
        t("marketplace.payouts.ran", {
          payouts: summary.payouts.length,
          skipped: summary.skipped.length,
          errors: summary.errors.length,
        })
      )
    } catch (failure) {
      toast.error(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <ListTable
      testId="payouts-list"
      title={t("marketplace.payouts.title")}
      subtitle={t("marketplace.payouts.subtitle")}
      data={data?.payouts}
      count={data?.count}
      columns={columns}
      filters={filters}
      list={list}
      isLoading={isLoading}
      error={error}
      onRetry={refetch}
      onRowClick={(payout) => navigate(`/payouts/${payout.id}`)}
      empty={{
        heading: t("marketplace.payouts.empty"),
        description: t("marketplace.payouts.emptyHint"),
      }}
      actions={
        <Button
          size="small"
          variant="secondary"
          onClick={runNow}
          isLoading={run.isPending}
          data-testid="payouts-run"
        >
          {t("marketplace.payouts.run")}
        </Button>
      }
    />
  )
}

export const config = defineRouteConfig({
  label: "marketplace.nav.payouts",
  translationNs: "translation",
  icon: Cash,
  rank: 5,
})

export const handle = {
  breadcrumb: () => <TranslatedCrumb label="marketplace.payouts.title" />,
}

export default PayoutsPage
